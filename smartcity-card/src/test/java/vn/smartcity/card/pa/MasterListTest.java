package vn.smartcity.card.pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.pa.SyntheticCard.Authority;
import vn.smartcity.card.sod.MasterList;
import vn.smartcity.card.sod.Vectors;

/** Parsing synthetic CSCA master lists (Doc 9303 Part 12, section 9) and rejecting malformed ones. */
class MasterListTest {

    private static final String ECDSA = "SHA256withECDSA";
    private static final KeyPair CSCA_KEYS = SyntheticCard.ecKeys("brainpoolP256r1", 31);
    private static final Authority CSCA =
            SyntheticCard.csca("CSCA Viet Nam", CSCA_KEYS, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
    private static final Authority SIGNER = SyntheticCard.issue(
            CSCA,
            "Master List Signer",
            SyntheticCard.ecKeys("brainpoolP256r1", 32),
            ECDSA,
            SyntheticCard.DSC_FROM,
            SyntheticCard.DSC_TO,
            KeyUsage.digitalSignature,
            true);
    private static final byte[] LIST = SyntheticCard.masterList(SIGNER, ECDSA, List.of(CSCA.certificate()));

    @Test
    void parsesVersionCertificatesAndSigner() {
        MasterList list = MasterList.parse(LIST);

        assertEquals(0, list.version());
        assertEquals(MasterList.CSCA_MASTER_LIST, list.signedData().contentType());
        assertEquals(1, list.certificates().size());
        assertEquals(CSCA.certificate(), list.certificates().get(0).certificate());
        assertEquals(
                SIGNER.certificate(),
                list.signedData()
                        .certificateOf(list.signedData().signerInfos().get(0))
                        .orElseThrow()
                        .certificate());
        assertEquals("MasterList[1 certificates, 1 signers]", list.toString());
    }

    static Stream<Arguments> malformed() {
        byte[] sod = Vectors.bytes("bsi-tr03105-5-ef-sod.hex");
        int version = PassiveAuthenticationTest.indexOf(LIST, new byte[] {0x02, 0x01, 0x00, 0x31});
        byte[] versionOne = LIST.clone();
        versionOne[version + 2] = 0x01;
        return Stream.of(
                Arguments.of("empty", new byte[0], 0, "no bytes"),
                Arguments.of("an EF.SOD", sod, 0, "expected ContentInfo (tag 30) but found tag 77"),
                Arguments.of(
                        "the SOD's ContentInfo",
                        Arrays.copyOfRange(sod, 4, sod.length),
                        0,
                        "eContentType 2.23.136.1.1.1 is not id-icao-cscaMasterList 2.23.136.1.1.2"),
                Arguments.of(
                        "last byte missing",
                        Arrays.copyOf(LIST, LIST.length - 1),
                        0,
                        "length " + (LIST.length - 4) + " of tag 30 runs past the " + (LIST.length - 5)
                                + " bytes available"),
                Arguments.of("version 1", versionOne, version, "CscaMasterList version 1, expected 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedMasterListIsRejectedWithItsOffset(String label, byte[] bytes, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> TrustStore.fromMasterList(bytes));

        assertEquals("CSCA master list", e.what());
        assertEquals("CSCA master list at " + position + ": " + message, e.getMessage());
        assertTrue(position >= 0);
    }
}
