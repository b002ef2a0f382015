package vn.smartcity.card.sod;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/**
 * Random, truncated and mutated EF.SOD bytes (fixed seed) only ever give {@link CardDataException};
 * parsed results answer every accessor.
 */
class SodFuzzTest {

    private static final int ROUNDS = 6000;

    @Test
    void onlyCardDataExceptionEscapes() {
        List<byte[]> seeds = List.of(
                Vectors.bytes("bsi-tr03105-5-ef-sod.hex"),
                Vectors.bytes("etsi-tr103200-ef-sod.hex"),
                Vectors.sections("gmrtd-at.hex").get("sod"),
                Vectors.sections("gmrtd-nz.hex").get("sod"),
                Vectors.sections("gmrtd-my.hex").get("sod"),
                Vectors.sections("gmrtd-de.hex").get("sod"));
        Mutator mutator = new Mutator(9303);
        int parsed = 0;
        int rejected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] input = mutator.mutate(seeds.get(round % seeds.size()));
            if (round % 3 == 0) {
                input = mutator.mutate(input);
            }
            try {
                Sod sod = Sod.parse(input);
                touch(sod);
                parsed++;
            } catch (CardDataException e) {
                assertTrue(e.position() >= -1 && e.position() <= input.length, e::getMessage);
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + ": " + e + " for " + HexFormat.of().formatHex(input), e);
            }
        }
        assertTrue(parsed > 100 && rejected > 1000, parsed + " parsed, " + rejected + " rejected");
    }

    private static void touch(Sod sod) {
        sod.toString();
        sod.dataGroupHashes();
        sod.ldsVersion();
        sod.documentSignerCertificates();
        SignedData signedData = sod.signedData();
        signedData.toString();
        for (SignerInfo signer : signedData.signerInfos()) {
            signer.toString();
            signer.signedBytes();
            signer.signatureAlgorithm().digestAlgorithm();
            signedData.certificateOf(signer);
        }
        for (EncodedCertificate certificate : signedData.certificates()) {
            certificate.toString();
            certificate.subjectKeyIdentifier();
            certificate.authorityKeyIdentifier();
        }
    }
}
