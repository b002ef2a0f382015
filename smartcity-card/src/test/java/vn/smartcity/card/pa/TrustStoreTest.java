package vn.smartcity.card.pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CRLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.pa.SyntheticCard.Authority;
import vn.smartcity.card.sod.Sod;

/** Trust stores from certificates, master lists and directories, with synthetic data only. */
class TrustStoreTest {

    private static final String ECDSA = "SHA256withECDSA";

    private static final KeyPair CSCA_KEYS = SyntheticCard.ecKeys("brainpoolP256r1", 11);
    private static final KeyPair OTHER_CSCA_KEYS = SyntheticCard.ecKeys("secp256r1", 12);
    private static final KeyPair DSC_KEYS = SyntheticCard.ecKeys("brainpoolP256r1", 13);
    private static final KeyPair SIGNER_KEYS = SyntheticCard.ecKeys("brainpoolP256r1", 14);

    private static final Authority CSCA =
            SyntheticCard.csca("CSCA Viet Nam", CSCA_KEYS, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
    private static final Authority OTHER_CSCA = SyntheticCard.csca(
            "CSCA Elsewhere", OTHER_CSCA_KEYS, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
    private static final Authority DSC =
            SyntheticCard.documentSigner(CSCA, DSC_KEYS, ECDSA, SyntheticCard.DSC_FROM, SyntheticCard.DSC_TO);
    private static final Authority ML_SIGNER = SyntheticCard.issue(
            CSCA,
            "Master List Signer",
            SIGNER_KEYS,
            ECDSA,
            SyntheticCard.DSC_FROM,
            SyntheticCard.DSC_TO,
            KeyUsage.digitalSignature,
            true);
    private static final Map<Integer, byte[]> GROUPS = SyntheticCard.dataGroups();
    private static final Sod SOD = Sod.parse(SyntheticCard.sod(DSC, ECDSA, GROUPS));

    static byte[] masterList() {
        return SyntheticCard.masterList(ML_SIGNER, ECDSA, List.of(OTHER_CSCA.certificate(), CSCA.certificate()));
    }

    @Test
    void masterListTrustStorePassesWithItsOwnChecks() {
        TrustStore trust = TrustStore.fromMasterList(masterList());

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, SyntheticCard.VALID_AT);

        assertEquals(2, trust.cscaCertificates().size());
        assertEquals(1, trust.masterLists().size());
        assertTrue(verdict.passed(), verdict::toString);
        Check signature = verdict.check(CheckType.MASTER_LIST_SIGNATURE).orElseThrow();
        assertEquals(Status.PASSED, signature.status());
        assertTrue(signature.reason().startsWith("master list: SHA256withECDSA signature by CN=Master List Signer"));
        Check signer = verdict.check(CheckType.MASTER_LIST_SIGNER).orElseThrow();
        assertEquals(Status.PASSED, signer.status());
        assertTrue(signer.reason().contains("verifies with the key of CN=CSCA Viet Nam"), signer::reason);
        assertEquals(CheckType.MASTER_LIST_SIGNATURE, verdict.checks().get(0).type());
    }

    @Test
    void masterListWithAlteredSignatureFailsItsSignature() {
        byte[] list = masterList();
        list[list.length - 1] ^= 0x01;

        Verdict verdict =
                PassiveAuthentication.verify(SOD, GROUPS, TrustStore.fromMasterList(list), SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.MASTER_LIST_SIGNATURE), PassiveAuthenticationTest.types(verdict.failures()));
        assertFalse(verdict.passed());
    }

    @Test
    void masterListSignerNotFromAListedCscaFailsTheSignerCheck() {
        Authority outsider = SyntheticCard.csca(
                "Outsider",
                SyntheticCard.ecKeys("brainpoolP256r1", 15),
                ECDSA,
                SyntheticCard.CSCA_FROM,
                SyntheticCard.CSCA_TO);
        Authority signer = SyntheticCard.issue(
                outsider,
                "Master List Signer",
                SIGNER_KEYS,
                ECDSA,
                SyntheticCard.DSC_FROM,
                SyntheticCard.DSC_TO,
                KeyUsage.digitalSignature,
                true);
        byte[] list = SyntheticCard.masterList(signer, ECDSA, List.of(CSCA.certificate()));

        Verdict verdict =
                PassiveAuthentication.verify(SOD, GROUPS, TrustStore.fromMasterList(list), SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.MASTER_LIST_SIGNER), PassiveAuthenticationTest.types(verdict.failures()));
        assertTrue(verdict.failures().get(0).reason().contains("is not signed by a CSCA in the list"));
        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.MASTER_LIST_SIGNATURE).orElseThrow().status());
    }

    @Test
    void masterListSignerExpiredFailsTheSignerCheck() {
        TrustStore trust = TrustStore.fromMasterList(masterList());

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, Instant.parse("2031-01-01T00:00:00Z"));

        assertEquals(
                List.of(CheckType.MASTER_LIST_SIGNER, CheckType.DSC_VALIDITY),
                PassiveAuthenticationTest.types(verdict.failures()));
    }

    @Test
    void directoryTrustStoreReadsDerPemCrlAndMasterListFiles(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("csca.cer"), SyntheticCard.encoded(CSCA.certificate()));
        Files.writeString(
                directory.resolve("two.PEM"),
                pem("CERTIFICATE", SyntheticCard.encoded(OTHER_CSCA.certificate()))
                        + "some text between blocks\n"
                        + pem("CERTIFICATE", SyntheticCard.encoded(CSCA.certificate())),
                StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve("readme.txt"), "not a certificate", StandardCharsets.US_ASCII);
        Files.createDirectory(directory.resolve("sub.cer"));
        try {
            Files.writeString(
                    directory.resolve("csca.crl"),
                    pem(
                            "X509 CRL",
                            SyntheticCard.crl(
                                            CSCA,
                                            ECDSA,
                                            Instant.parse("2025-05-01T00:00:00Z"),
                                            Instant.parse("2025-08-01T00:00:00Z"))
                                    .getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
        Files.write(directory.resolve("list.ml"), masterList());

        TrustStore trust = TrustStore.fromDirectory(directory);
        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, SyntheticCard.VALID_AT);

        assertEquals(5, trust.cscaCertificates().size(), trust::toString);
        assertEquals(1, trust.crls().size());
        assertEquals(1, trust.masterLists().size());
        assertTrue(verdict.passed(), verdict::toString);
        assertEquals(
                Status.PASSED, verdict.check(CheckType.REVOCATION).orElseThrow().status());
    }

    @Test
    void directoryWithOnlyTheCscaPasses(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("csca.der"), SyntheticCard.encoded(CSCA.certificate()));

        Verdict verdict =
                PassiveAuthentication.verify(SOD, GROUPS, TrustStore.fromDirectory(directory), SyntheticCard.VALID_AT);

        assertTrue(verdict.passed(), verdict::toString);
        assertTrue(verdict.check(CheckType.MASTER_LIST_SIGNATURE).isEmpty());
    }

    @Test
    void malformedFilesAreNamed(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("broken.crt");
        byte[] certificate = SyntheticCard.encoded(CSCA.certificate());
        Files.write(broken, java.util.Arrays.copyOf(certificate, certificate.length - 10));

        CardDataException e = assertThrows(CardDataException.class, () -> TrustStore.fromDirectory(directory));

        assertEquals("broken.crt", e.what());
        assertEquals(0, e.position());
        assertTrue(e.getMessage().contains("runs past the"), e::getMessage);
    }

    @Test
    void pemWithoutEndOrWithBadBase64IsRejected(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("a.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n", StandardCharsets.US_ASCII);
        CardDataException noEnd = assertThrows(CardDataException.class, () -> TrustStore.fromDirectory(directory));
        assertEquals("a.pem at 0: PEM block without -----END CERTIFICATE-----", noEnd.getMessage());

        Files.writeString(
                directory.resolve("a.pem"),
                "-----BEGIN CERTIFICATE-----\n*not base64*\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        CardDataException badBase64 = assertThrows(CardDataException.class, () -> TrustStore.fromDirectory(directory));
        assertEquals(27, badBase64.position());
        assertTrue(badBase64.getMessage().endsWith("malformed base64 in PEM block"));
    }

    @Test
    void aFileIsNotADirectory(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("x.cer"), "x", StandardCharsets.US_ASCII);

        assertThrows(NotDirectoryException.class, () -> TrustStore.fromDirectory(file));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
