package vn.smartcity.card.pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bouncycastle.asn1.icao.LDSVersionInfo;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.pa.SyntheticCard.Authority;
import vn.smartcity.card.sod.DigestAlgorithm;
import vn.smartcity.card.sod.SignatureAlgorithm;
import vn.smartcity.card.sod.Sod;

/** Passive authentication of synthetic cards (all data made up, see {@link SyntheticCard}). */
class PassiveAuthenticationTest {

    private static final String ECDSA = "SHA256withECDSA";
    private static final String RSA_PSS = "SHA256withRSAandMGF1";
    private static final String RSA_PKCS1 = "SHA256withRSA";

    private static final KeyPair CSCA_EC = SyntheticCard.ecKeys("brainpoolP256r1", 1);
    private static final KeyPair DSC_EC = SyntheticCard.ecKeys("brainpoolP256r1", 2);
    private static final KeyPair DSC_P256 = SyntheticCard.ecKeys("secp256r1", 3);
    private static final KeyPair CSCA_RSA = SyntheticCard.rsaKeys(4);
    private static final KeyPair DSC_RSA = SyntheticCard.rsaKeys(5);
    private static final KeyPair ROGUE = SyntheticCard.ecKeys("brainpoolP256r1", 6);

    private static final Authority CSCA =
            SyntheticCard.csca("CSCA Viet Nam", CSCA_EC, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
    private static final Authority DSC =
            SyntheticCard.documentSigner(CSCA, DSC_EC, ECDSA, SyntheticCard.DSC_FROM, SyntheticCard.DSC_TO);
    private static final Map<Integer, byte[]> GROUPS = SyntheticCard.dataGroups();
    private static final Sod SOD = Sod.parse(SyntheticCard.sod(DSC, ECDSA, GROUPS));
    private static final TrustStore TRUST = TrustStore.of(List.of(CSCA.certificate()));

    static Stream<Arguments> cards() {
        Authority rsaCsca = SyntheticCard.csca(
                "CSCA Viet Nam RSA", CSCA_RSA, RSA_PSS, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
        Authority rsaPkcs1Csca = SyntheticCard.csca(
                "CSCA Viet Nam RSA PKCS1", CSCA_RSA, RSA_PKCS1, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
        return Stream.of(
                Arguments.of("ECDSA brainpoolP256r1", CSCA, DSC_EC, ECDSA, SignatureAlgorithm.Family.ECDSA),
                Arguments.of("ECDSA P-256", CSCA, DSC_P256, ECDSA, SignatureAlgorithm.Family.ECDSA),
                Arguments.of("RSA-PSS", rsaCsca, DSC_RSA, RSA_PSS, SignatureAlgorithm.Family.RSA_PSS),
                Arguments.of(
                        "RSA PKCS#1 v1.5", rsaPkcs1Csca, DSC_RSA, RSA_PKCS1, SignatureAlgorithm.Family.RSA_PKCS1_V1_5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void validCardPassesEveryCheck(
            String label, Authority csca, KeyPair dscKeys, String algorithm, SignatureAlgorithm.Family family) {
        Authority dsc =
                SyntheticCard.documentSigner(csca, dscKeys, algorithm, SyntheticCard.DSC_FROM, SyntheticCard.DSC_TO);
        Sod sod = Sod.parse(SyntheticCard.sod(dsc, algorithm, GROUPS));
        TrustStore trust = TrustStore.of(List.of(csca.certificate()))
                .withCrls(List.of(SyntheticCard.crl(
                        csca,
                        algorithm,
                        Instant.parse("2025-05-01T00:00:00Z"),
                        Instant.parse("2025-08-01T00:00:00Z"),
                        BigInteger.valueOf(999))));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, trust, SyntheticCard.VALID_AT);

        assertEquals(family, sod.signerInfo().signatureAlgorithm().family(), label);
        assertEquals(Status.PASSED, verdict.result(), verdict::toString);
        assertTrue(verdict.passed());
        assertEquals(List.of(), verdict.failures());
        for (Check check : verdict.checks()) {
            assertEquals(Status.PASSED, check.status(), check::toString);
        }
        assertEquals(
                List.of(
                        "SOD_SIGNATURE",
                        "DATA_GROUP_HASH DG1",
                        "DATA_GROUP_HASH DG2",
                        "DATA_GROUP_HASH DG13",
                        "CSCA_FOUND",
                        "CERTIFICATE_CHAIN",
                        "CERTIFICATE_EXTENSIONS",
                        "DSC_VALIDITY",
                        "CSCA_VALIDITY",
                        "REVOCATION"),
                names(verdict));
    }

    @Test
    void tamperedDg13FailsItsHashOnly() {
        Map<Integer, byte[]> groups = new HashMap<>(GROUPS);
        byte[] dg13 = groups.get(13).clone();
        dg13[dg13.length - 1] ^= 0x01;
        groups.put(13, dg13);

        Verdict verdict = PassiveAuthentication.verify(SOD, groups, TRUST, SyntheticCard.VALID_AT);

        assertEquals(Status.FAILED, verdict.result());
        assertEquals(1, verdict.failures().size(), verdict::toString);
        Check failure = verdict.failures().get(0);
        assertEquals(CheckType.DATA_GROUP_HASH, failure.type());
        assertEquals(13, failure.dataGroup().getAsInt());
        assertEquals("SHA-256 of DG13 (" + dg13.length + " bytes) differs from the hash in the SOD", failure.reason());
        assertEquals(Status.PASSED, verdict.dataGroup(1).orElseThrow().status());
        assertEquals(Status.PASSED, verdict.dataGroup(2).orElseThrow().status());
    }

    @Test
    void dscFromAnUnknownCscaFailsCscaFound() {
        // A rogue CSCA with the same name but another key issues the DSC; the trust store has the real one.
        Authority rogue =
                SyntheticCard.csca("CSCA Viet Nam", ROGUE, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
        Authority dsc =
                SyntheticCard.documentSigner(rogue, DSC_EC, ECDSA, SyntheticCard.DSC_FROM, SyntheticCard.DSC_TO);
        Sod sod = Sod.parse(SyntheticCard.sod(dsc, ECDSA, GROUPS));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.CSCA_FOUND), types(verdict.failures()), verdict::toString);
        assertTrue(verdict.failures().get(0).reason().startsWith("no CSCA with subject CN=CSCA Viet Nam"));
        assertEquals(
                Status.NOT_CHECKED,
                verdict.check(CheckType.CERTIFICATE_CHAIN).orElseThrow().status());
        assertEquals(
                Status.NOT_CHECKED,
                verdict.check(CheckType.CSCA_VALIDITY).orElseThrow().status());
        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.SOD_SIGNATURE).orElseThrow().status());
    }

    @Test
    void dscWithoutKeyIdentifierFromAnUnknownKeyFailsTheChain() {
        // Same issuer name, no authority key identifier: the name finds the trusted CSCA, its key does not verify.
        Authority rogue =
                SyntheticCard.csca("CSCA Viet Nam", ROGUE, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
        Authority dsc = SyntheticCard.issue(
                rogue,
                "Document Signer 02",
                DSC_EC,
                ECDSA,
                SyntheticCard.DSC_FROM,
                SyntheticCard.DSC_TO,
                KeyUsage.digitalSignature,
                false);
        Sod sod = Sod.parse(SyntheticCard.sod(dsc, ECDSA, GROUPS));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.CERTIFICATE_CHAIN), types(verdict.failures()), verdict::toString);
        assertEquals(
                Status.PASSED, verdict.check(CheckType.CSCA_FOUND).orElseThrow().status());
        assertTrue(verdict.failures().get(0).reason().contains("does not verify with the key of CN=CSCA Viet Nam"));
    }

    @Test
    void expiredDscFailsItsDates() {
        Instant afterDsc = Instant.parse("2031-01-01T00:00:00Z");

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, TRUST, afterDsc);

        assertEquals(List.of(CheckType.DSC_VALIDITY), types(verdict.failures()), verdict::toString);
        assertEquals(
                "Document Signer certificate expired at 2030-01-01T00:00:00Z (checked at 2031-01-01T00:00:00Z)",
                verdict.failures().get(0).reason());
    }

    @Test
    void expiredCscaFailsBothDates() {
        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, TRUST, Instant.parse("2036-01-01T00:00:00Z"));

        assertEquals(List.of(CheckType.DSC_VALIDITY, CheckType.CSCA_VALIDITY), types(verdict.failures()));
        assertTrue(verdict.failures().get(1).reason().contains("expired at 2035-01-01T00:00:00Z"));
    }

    @Test
    void chainNotYetValidFailsTheDates() {
        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, TRUST, Instant.parse("2019-06-01T00:00:00Z"));

        assertEquals(List.of(CheckType.DSC_VALIDITY, CheckType.CSCA_VALIDITY), types(verdict.failures()));
        assertTrue(verdict.failures().get(0).reason().contains("is not valid before 2024-01-01T00:00:00Z"));
    }

    @Test
    void alteredSignatureBytesFailTheSignatureOnly() {
        byte[] bytes = SOD.encoded();
        bytes[bytes.length - 1] ^= 0x01; // the SignerInfo's signature is the last field of the file
        Sod altered = Sod.parse(bytes);

        Verdict verdict = PassiveAuthentication.verify(altered, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.SOD_SIGNATURE), types(verdict.failures()), verdict::toString);
        assertTrue(verdict.failures().get(0).reason().startsWith("the SHA256withECDSA signature does not verify"));
    }

    @Test
    void alteredHashInTheSodFailsTheMessageDigestAndThatDataGroup() {
        byte[] bytes = SOD.encoded();
        byte[] dg2Hash = SOD.dataGroupHash(2).orElseThrow();
        int at = indexOf(bytes, dg2Hash);
        bytes[at] ^= 0x01;
        Sod altered = Sod.parse(bytes);

        Verdict verdict = PassiveAuthentication.verify(altered, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.SOD_SIGNATURE, CheckType.DATA_GROUP_HASH), types(verdict.failures()));
        assertEquals(
                "the message-digest attribute differs from the SHA-256 of the encapsulated content",
                verdict.failures().get(0).reason());
        assertEquals(2, verdict.failures().get(1).dataGroup().getAsInt());
    }

    @Test
    void dataGroupsNotPresentedAreNotCheckedAndUnlistedOnesFail() {
        Map<Integer, byte[]> groups = new HashMap<>();
        groups.put(1, GROUPS.get(1));
        groups.put(14, new byte[] {0x6E, 0x00});

        Verdict verdict = PassiveAuthentication.verify(SOD, groups, TRUST, SyntheticCard.VALID_AT);

        assertEquals(Status.PASSED, verdict.dataGroup(1).orElseThrow().status());
        assertEquals(Status.NOT_CHECKED, verdict.dataGroup(2).orElseThrow().status());
        assertEquals(
                "DG2 is listed in the SOD but was not presented",
                verdict.dataGroup(2).orElseThrow().reason());
        assertEquals(Status.NOT_CHECKED, verdict.dataGroup(13).orElseThrow().status());
        assertEquals(List.of(CheckType.DATA_GROUP_HASH), types(verdict.failures()));
        assertEquals(
                "DG14 was presented but the SOD lists no hash for it",
                verdict.failures().get(0).reason());
    }

    @Test
    void onlyDataGroupsNotPresentedStillPasses() {
        Verdict verdict = PassiveAuthentication.verify(SOD, Map.of(), TRUST, SyntheticCard.VALID_AT);

        assertTrue(verdict.passed(), verdict::toString);
        assertEquals(
                "revocation not checked: no CRL from CN=CSCA Viet Nam, O=Synthetic Test Authority, C=VN given",
                verdict.check(CheckType.REVOCATION).orElseThrow().reason());
    }

    @Test
    void revokedDscFailsRevocation() {
        BigInteger serial = DSC.certificate().getSerialNumber();
        TrustStore trust = TRUST.withCrls(List.of(SyntheticCard.crl(
                CSCA, ECDSA, Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-08-01T00:00:00Z"), serial)));

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.REVOCATION), types(verdict.failures()));
        assertTrue(verdict.failures().get(0).reason().contains("was revoked at 2025-05-01T00:00:00Z"));
    }

    @Test
    void outdatedCrlLeavesRevocationNotChecked() {
        TrustStore trust = TRUST.withCrls(List.of(SyntheticCard.crl(
                CSCA, ECDSA, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"))));

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, SyntheticCard.VALID_AT);

        assertTrue(verdict.passed());
        Check revocation = verdict.check(CheckType.REVOCATION).orElseThrow();
        assertEquals(Status.NOT_CHECKED, revocation.status());
        assertTrue(revocation.reason().endsWith("expired at 2025-04-01T00:00:00Z"));
    }

    @Test
    void crlNotSignedByTheCscaFailsRevocation() {
        Authority rogue =
                SyntheticCard.csca("CSCA Viet Nam", ROGUE, ECDSA, SyntheticCard.CSCA_FROM, SyntheticCard.CSCA_TO);
        TrustStore trust = TRUST.withCrls(List.of(SyntheticCard.crl(
                rogue, ECDSA, Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-08-01T00:00:00Z"))));

        Verdict verdict = PassiveAuthentication.verify(SOD, GROUPS, trust, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.REVOCATION), types(verdict.failures()));
    }

    @Test
    void dscWithoutDigitalSignatureFailsTheExtensions() {
        Authority dsc = SyntheticCard.issue(
                CSCA,
                "Document Signer 03",
                DSC_EC,
                ECDSA,
                SyntheticCard.DSC_FROM,
                SyntheticCard.DSC_TO,
                KeyUsage.nonRepudiation,
                true);
        Sod sod = Sod.parse(SyntheticCard.sod(dsc, ECDSA, GROUPS));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.CERTIFICATE_EXTENSIONS), types(verdict.failures()));
        assertEquals(
                "the DSC's keyUsage lacks digitalSignature",
                verdict.failures().get(0).reason());
    }

    @Test
    void sodWithoutItsDscFailsTheSignatureAndChecksNoChain() {
        Sod sod = Sod.parse(SyntheticCard.sod(DSC, ECDSA, GROUPS, DigestAlgorithm.SHA256, null, false));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(List.of(CheckType.SOD_SIGNATURE), types(verdict.failures()));
        assertTrue(verdict.failures().get(0).reason().startsWith("the SOD carries no Document Signer certificate"));
        assertEquals(
                Status.NOT_CHECKED,
                verdict.check(CheckType.CSCA_FOUND).orElseThrow().status());
        assertFalse(verdict.passed());
    }

    @Test
    void ldsVersionOneWithSha512Passes() {
        Sod sod = Sod.parse(SyntheticCard.sod(
                DSC, "SHA512withECDSA", GROUPS, DigestAlgorithm.SHA512, new LDSVersionInfo("0108", "040000"), true));

        Verdict verdict = PassiveAuthentication.verify(sod, GROUPS, TRUST, SyntheticCard.VALID_AT);

        assertEquals(1, sod.securityObjectVersion());
        assertEquals("0108", sod.ldsVersion().orElseThrow().ldsVersion());
        assertEquals(DigestAlgorithm.SHA512, sod.digestAlgorithm());
        assertTrue(verdict.passed(), verdict::toString);
    }

    @Test
    void clockGivesTheInstant() {
        Clock late = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

        assertEquals(
                List.of(CheckType.DSC_VALIDITY),
                types(PassiveAuthentication.verify(SOD, GROUPS, TRUST, late).failures()));
        assertTrue(PassiveAuthentication.verify(SOD, GROUPS, TRUST, Clock.fixed(SyntheticCard.VALID_AT, ZoneOffset.UTC))
                .passed());
    }

    static List<CheckType> types(List<Check> checks) {
        return checks.stream().map(Check::type).collect(Collectors.toList());
    }

    private static List<String> names(Verdict verdict) {
        return verdict.checks().stream()
                .map(check -> check.type()
                        + (check.dataGroup().isPresent()
                                ? " DG" + check.dataGroup().getAsInt()
                                : ""))
                .collect(Collectors.toList());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
