package vn.smartcity.card.pa;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.KeyPair;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.pa.SyntheticCard.Authority;
import vn.smartcity.card.sod.EncodedCertificate;
import vn.smartcity.card.sod.MasterList;
import vn.smartcity.card.sod.Mutator;
import vn.smartcity.card.sod.Sod;
import vn.smartcity.card.sod.Vectors;

/**
 * Random, truncated and mutated SODs and CSCA master lists (fixed seed): parsing only ever gives
 * {@link CardDataException}, and verifying whatever parses never throws.
 */
class PassiveAuthenticationFuzzTest {

    private static final String ECDSA = "SHA256withECDSA";
    private static final KeyPair CSCA_KEYS = SyntheticCard.ecKeys("brainpoolP256r1", 21);
    private static final Authority CSCA =
            SyntheticCard.csca("CSCA Viet Nam", CSCA_KEYS, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
    private static final Authority DSC = SyntheticCard.documentSigner(
            CSCA, SyntheticCard.ecKeys("secp256r1", 22), ECDSA, SyntheticCard.DSC_FROM, SyntheticCard.DSC_TO);
    private static final Authority SIGNER = SyntheticCard.issue(
            CSCA,
            "Master List Signer",
            SyntheticCard.ecKeys("secp256r1", 23),
            ECDSA,
            SyntheticCard.DSC_FROM,
            SyntheticCard.DSC_TO,
            KeyUsage.digitalSignature,
            true);
    private static final Map<Integer, byte[]> GROUPS = SyntheticCard.dataGroups();

    @Test
    void mutatedSodsParseOrGiveCardDataExceptionAndVerifyWithoutThrowing() {
        Map<String, byte[]> austria = Vectors.sections("gmrtd-at.hex");
        TrustStore trust = TrustStore.of(List.of(
                CSCA.certificate(),
                EncodedCertificate.parse(austria.get("csca"), "CSCA").certificate()));
        List<byte[]> seeds = List.of(
                SyntheticCard.sod(DSC, ECDSA, GROUPS),
                austria.get("sod"),
                Vectors.sections("gmrtd-uk.hex").get("sod"),
                Vectors.bytes("bsi-tr03105-5-ef-sod.hex"));
        Mutator mutator = new Mutator(11);
        int verified = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] input = mutator.mutate(seeds.get(round % seeds.size()));
            Sod sod;
            try {
                sod = Sod.parse(input);
            } catch (CardDataException e) {
                continue;
            } catch (RuntimeException e) {
                throw failure(round, input, e);
            }
            try {
                PassiveAuthentication.verify(sod, GROUPS, trust, SyntheticCard.VALID_AT)
                        .toString();
                verified++;
            } catch (RuntimeException e) {
                throw failure(round, input, e);
            }
        }
        assertTrue(verified > 100, verified + " verified");
    }

    @Test
    void mutatedMasterListsParseOrGiveCardDataExceptionAndVerifyWithoutThrowing() {
        byte[] list = SyntheticCard.masterList(SIGNER, ECDSA, List.of(CSCA.certificate()));
        Sod sod = Sod.parse(SyntheticCard.sod(DSC, ECDSA, GROUPS));
        Mutator mutator = new Mutator(12);
        int verified = 0;
        for (int round = 0; round < 2000; round++) {
            byte[] input = mutator.mutate(list);
            TrustStore trust;
            try {
                MasterList.parse(input).toString();
                trust = TrustStore.fromMasterList(input);
            } catch (CardDataException e) {
                continue;
            } catch (RuntimeException e) {
                throw failure(round, input, e);
            }
            try {
                PassiveAuthentication.verify(sod, GROUPS, trust, Instant.parse("2026-01-01T00:00:00Z"));
                verified++;
            } catch (RuntimeException e) {
                throw failure(round, input, e);
            }
        }
        assertTrue(verified > 50, verified + " verified");
    }

    private static AssertionError failure(int round, byte[] input, RuntimeException e) {
        return fail("round " + round + ": " + e + " for " + HexFormat.of().formatHex(input), e);
    }
}
