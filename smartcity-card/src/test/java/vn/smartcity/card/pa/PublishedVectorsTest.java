package vn.smartcity.card.pa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.smartcity.card.sod.EncodedCertificate;
import vn.smartcity.card.sod.Sod;
import vn.smartcity.card.sod.Vectors;

/**
 * Passive authentication of published EF.SOD files.
 *
 * <ul>
 *   <li>{@code gmrtd-*.hex}: thirteen issuers' SODs with the DSC and CSCA that verify them, from
 *       gmrtd/gmrtd {@code document/sod_test.go} (TestNewSod, commit 7f23b50a), where gmrtd checks
 *       the same chain against the German and Dutch master lists;
 *   <li>{@code bsi-tr03105-5-*.hex}: the BSI TR-03105-5 ReferenceDataSet EF_SOD.bin with its DG1 and
 *       DG14, and {@code etsi-tr103200-*.hex}: the ETSI TR 103 200 prototype EF_SOD.bin with DG1,
 *       DG14 and DG15, both as quoted in ZeroPass/pymrtd {@code tests/ef/sod_test.py}. Their CSCAs
 *       (HJP PB CS, ETSI CS) are not published, so the chain cannot pass.
 * </ul>
 */
class PublishedVectorsTest {

    /** Every gmrtd DSC and CSCA is valid at this instant. */
    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    @ParameterizedTest(name = "gmrtd {0}")
    @ValueSource(strings = {"at", "au", "cn", "de", "fi", "fr", "my", "nz", "ph", "ru", "sg", "uk", "us"})
    void publishedSodVerifiesToItsCsca(String country) {
        Map<String, byte[]> vector = Vectors.sections("gmrtd-" + country + ".hex");
        Sod sod = Sod.parse(vector.get("sod"));
        TrustStore trust = TrustStore.of(
                List.of(EncodedCertificate.parse(vector.get("csca"), "CSCA").certificate()));

        Verdict verdict = PassiveAuthentication.verify(sod, Map.of(), trust, AT);

        assertTrue(verdict.passed(), verdict::toString);
        assertArrayEquals(
                vector.get("dsc"), sod.signedData().certificates().get(0).encoded());
        for (Check check : verdict.checks()) {
            Status expected = check.type() == CheckType.DATA_GROUP_HASH || check.type() == CheckType.REVOCATION
                    ? Status.NOT_CHECKED
                    : Status.PASSED;
            assertEquals(expected, check.status(), check::toString);
        }
    }

    @ParameterizedTest(name = "gmrtd {0}")
    @ValueSource(strings = {"at", "de", "fr", "us"})
    void publishedSodWithoutItsCscaFailsCscaFound(String country) {
        Sod sod = Sod.parse(Vectors.sections("gmrtd-" + country + ".hex").get("sod"));

        Verdict verdict = PassiveAuthentication.verify(sod, Map.of(), TrustStore.of(List.of()), AT);

        assertEquals(List.of(CheckType.CSCA_FOUND), PassiveAuthenticationTest.types(verdict.failures()));
    }

    @Test
    void bsiReferenceDataSetVerifiesItsSignatureAndDataGroups() {
        Sod sod = Sod.parse(Vectors.bytes("bsi-tr03105-5-ef-sod.hex"));
        Map<Integer, byte[]> groups =
                Map.of(1, Vectors.bytes("bsi-tr03105-5-dg1.hex"), 14, Vectors.bytes("bsi-tr03105-5-dg14.hex"));

        Verdict verdict = PassiveAuthentication.verify(
                sod, groups, TrustStore.of(List.of()), Instant.parse("2014-06-01T00:00:00Z"));

        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.SOD_SIGNATURE).orElseThrow().status());
        assertEquals(
                "SHA256withRSAandMGF1 signature by CN=HJP PB DS, OU=Document Signer, O=HJP Consulting, C=DE verifies"
                        + " over the signed attributes; content-type and message-digest match",
                verdict.check(CheckType.SOD_SIGNATURE).orElseThrow().reason());
        assertEquals(Status.PASSED, verdict.dataGroup(1).orElseThrow().status());
        assertEquals(Status.PASSED, verdict.dataGroup(14).orElseThrow().status());
        assertEquals(Status.NOT_CHECKED, verdict.dataGroup(2).orElseThrow().status());
        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.DSC_VALIDITY).orElseThrow().status());
        assertEquals(List.of(CheckType.CSCA_FOUND), PassiveAuthenticationTest.types(verdict.failures()));
        assertEquals(
                "no CSCA with subject CN=HJP PB CS, OU=Country Signer, O=HJP Consulting, C=DE and key identifier"
                        + " 1e4d57560c12902366a8fde11408a37f70eb7d65 in the trust store",
                verdict.failures().get(0).reason());
    }

    @Test
    void etsiPrototypeVerifiesItsSignatureAndDataGroups() {
        Sod sod = Sod.parse(Vectors.bytes("etsi-tr103200-ef-sod.hex"));
        Map<Integer, byte[]> groups = Map.of(
                1, Vectors.bytes("etsi-tr103200-dg1.hex"),
                14, Vectors.bytes("etsi-tr103200-dg14.hex"),
                15, Vectors.bytes("etsi-tr103200-dg15.hex"));

        // The ETSI DSC is valid from 2011-06-12 to 2012-06-06.
        Verdict verdict = PassiveAuthentication.verify(
                sod, groups, TrustStore.of(List.of()), Instant.parse("2012-01-01T00:00:00Z"));

        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.SOD_SIGNATURE).orElseThrow().status());
        for (int number : List.of(1, 14, 15)) {
            assertEquals(Status.PASSED, verdict.dataGroup(number).orElseThrow().status());
        }
        assertEquals(List.of(CheckType.CSCA_FOUND), PassiveAuthenticationTest.types(verdict.failures()));
    }

    @Test
    void bsiDataGroupFromTheEtsiDocumentFailsItsHash() {
        // Both specimens are ERIKA MUSTERMANN, but the MRZ differs (date of expiry), so DG1 hashes differ.
        Sod sod = Sod.parse(Vectors.bytes("bsi-tr03105-5-ef-sod.hex"));

        Verdict verdict = PassiveAuthentication.verify(
                sod,
                Map.of(1, Vectors.bytes("etsi-tr103200-dg1.hex")),
                TrustStore.of(List.of()),
                Instant.parse("2014-06-01T00:00:00Z"));

        assertEquals(Status.FAILED, verdict.dataGroup(1).orElseThrow().status());
    }

    @Test
    void etsiSodWithItsLastSignatureByteChangedFailsTheSignature() {
        // The modification pymrtd's test_fuzz_sod makes: last signature byte 0x5C becomes 0x5D.
        byte[] bytes = Vectors.bytes("etsi-tr103200-ef-sod.hex");
        assertEquals(0x5C, bytes[bytes.length - 1] & 0xFF);
        bytes[bytes.length - 1] = 0x5D;

        Verdict verdict = PassiveAuthentication.verify(
                Sod.parse(bytes), Map.of(), TrustStore.of(List.of()), Instant.parse("2012-01-01T00:00:00Z"));

        assertEquals(
                List.of(CheckType.SOD_SIGNATURE, CheckType.CSCA_FOUND),
                PassiveAuthenticationTest.types(verdict.failures()));
    }
}
