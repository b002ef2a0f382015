package vn.smartcity.card.pa;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.sod.EncodedCertificate;
import vn.smartcity.card.sod.MasterList;
import vn.smartcity.card.sod.SignedData;
import vn.smartcity.card.sod.SignerInfo;
import vn.smartcity.card.sod.Sod;

/**
 * Passive authentication of a chip (ICAO Doc 9303 Part 11, section 5.1): proves that the data
 * groups read are those the issuing State signed, and that the signer is trusted.
 *
 * <ol>
 *   <li>for a trust store from a CSCA master list: the list's signature and its signer's chain
 *       ({@link CheckType#MASTER_LIST_SIGNATURE}, {@link CheckType#MASTER_LIST_SIGNER});
 *   <li>the SOD's signature by its Document Signer certificate ({@link CheckType#SOD_SIGNATURE});
 *   <li>the hash of each data group presented, as read ({@link CheckType#DATA_GROUP_HASH});
 *   <li>the Document Signer certificate's chain to a CSCA in the trust store ({@link
 *       CheckType#CSCA_FOUND}, {@link CheckType#CERTIFICATE_CHAIN}, {@link
 *       CheckType#CERTIFICATE_EXTENSIONS});
 *   <li>the validity of both certificates at the instant given ({@link CheckType#DSC_VALIDITY},
 *       {@link CheckType#CSCA_VALIDITY});
 *   <li>revocation of the Document Signer certificate by a CRL of its CSCA, when the trust store
 *       has one ({@link CheckType#REVOCATION}).
 * </ol>
 *
 * <p>Every check is made that can be made, so one verdict shows all that is wrong. The time is
 * always the caller's: passive authentication at the time a document was read, or now.
 */
public final class PassiveAuthentication {

    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final int KEY_CERT_SIGN = 5;

    private PassiveAuthentication() {}

    /**
     * Verifies a SOD, the data groups read and the chain at an instant.
     *
     * @param sod the EF.SOD
     * @param dataGroups data-group number (1 to 16) to the file's bytes as read, tag included
     * @param trustStore the trusted CSCAs, master lists and CRLs
     * @param at the instant for validity periods and CRLs
     * @return every check with its outcome
     */
    public static Verdict verify(Sod sod, Map<Integer, byte[]> dataGroups, TrustStore trustStore, Instant at) {
        Objects.requireNonNull(sod, "sod");
        Objects.requireNonNull(dataGroups, "dataGroups");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(at, "at");
        List<Check> checks = new ArrayList<>();
        List<MasterList> masterLists = trustStore.masterLists();
        for (int i = 0; i < masterLists.size(); i++) {
            String label = masterLists.size() == 1 ? "master list" : "master list " + (i + 1);
            masterListChecks(masterLists.get(i), label, at, checks);
        }
        EncodedCertificate dsc = sodSignature(sod.signedData(), checks);
        dataGroupChecks(sod, dataGroups, checks);
        chainChecks(dsc, trustStore, at, checks);
        return new Verdict(checks);
    }

    /**
     * Verifies a SOD, the data groups read and the chain at the instant a clock gives.
     *
     * @param sod the EF.SOD
     * @param dataGroups data-group number (1 to 16) to the file's bytes as read, tag included
     * @param trustStore the trusted CSCAs, master lists and CRLs
     * @param clock the clock for validity periods and CRLs
     * @return every check with its outcome
     */
    public static Verdict verify(Sod sod, Map<Integer, byte[]> dataGroups, TrustStore trustStore, Clock clock) {
        return verify(sod, dataGroups, trustStore, clock.instant());
    }

    private static void masterListChecks(MasterList list, String label, Instant at, List<Check> checks) {
        SignedData signedData = list.signedData();
        if (signedData.signerInfos().size() != 1) {
            checks.add(Check.of(
                    CheckType.MASTER_LIST_SIGNATURE,
                    Status.FAILED,
                    "the " + label + " has " + signedData.signerInfos().size() + " SignerInfos, expected 1"));
            checks.add(notChecked(CheckType.MASTER_LIST_SIGNER, "no single signer of the " + label));
            return;
        }
        SignerInfo signer = signedData.signerInfos().get(0);
        EncodedCertificate certificate = signedData.certificateOf(signer).orElse(null);
        if (certificate == null) {
            checks.add(Check.of(
                    CheckType.MASTER_LIST_SIGNATURE,
                    Status.FAILED,
                    "the " + label + " does not carry the signer certificate its SignerInfo names ("
                            + signer.signerIdentifier() + ")"));
            checks.add(notChecked(CheckType.MASTER_LIST_SIGNER, "no signer certificate in the " + label));
            return;
        }
        checks.add(outcome(
                CheckType.MASTER_LIST_SIGNATURE, label + ": ", Crypto.verifySigner(signedData, signer, certificate)));
        Issuer issuer = findIssuer(certificate, list.certificates());
        if (issuer.verified() == null) {
            checks.add(Check.of(
                    CheckType.MASTER_LIST_SIGNER,
                    Status.FAILED,
                    label + " signer " + certificate.subject() + " is not signed by a CSCA in the list: "
                            + issuer.reason()));
            return;
        }
        String dates = validity(certificate.certificate(), at);
        checks.add(Check.of(
                CheckType.MASTER_LIST_SIGNER,
                dates == null ? Status.PASSED : Status.FAILED,
                label + " signer " + certificate.subject() + ": " + issuer.reason()
                        + (dates == null ? "; valid at " + at : "; but " + dates)));
    }

    private static @Nullable EncodedCertificate sodSignature(SignedData signedData, List<Check> checks) {
        if (signedData.signerInfos().size() != 1) {
            checks.add(Check.of(
                    CheckType.SOD_SIGNATURE,
                    Status.FAILED,
                    "the SOD has " + signedData.signerInfos().size() + " SignerInfos; Doc 9303 Part 10 expects one"));
            return null;
        }
        SignerInfo signer = signedData.signerInfos().get(0);
        EncodedCertificate dsc = signedData.certificateOf(signer).orElse(null);
        if (dsc == null) {
            checks.add(Check.of(
                    CheckType.SOD_SIGNATURE,
                    Status.FAILED,
                    "the SOD carries no Document Signer certificate matching its SignerInfo ("
                            + signer.signerIdentifier() + ")"));
            return null;
        }
        checks.add(outcome(CheckType.SOD_SIGNATURE, "", Crypto.verifySigner(signedData, signer, dsc)));
        return dsc;
    }

    private static void dataGroupChecks(Sod sod, Map<Integer, byte[]> dataGroups, List<Check> checks) {
        SortedSet<Integer> numbers = new TreeSet<>(sod.dataGroupHashes().keySet());
        numbers.addAll(dataGroups.keySet());
        for (int number : numbers) {
            byte[] expected = sod.dataGroupHash(number).orElse(null);
            byte[] presented = dataGroups.get(number);
            if (expected == null) {
                checks.add(Check.dataGroup(
                        number, Status.FAILED, "DG" + number + " was presented but the SOD lists no hash for it"));
            } else if (presented == null) {
                checks.add(Check.dataGroup(
                        number, Status.NOT_CHECKED, "DG" + number + " is listed in the SOD but was not presented"));
            } else {
                boolean equal = MessageDigest.isEqual(expected, Crypto.digest(sod.digestAlgorithm(), presented));
                checks.add(Check.dataGroup(
                        number,
                        equal ? Status.PASSED : Status.FAILED,
                        sod.digestAlgorithm() + " of DG" + number + " (" + presented.length + " bytes) "
                                + (equal ? "matches" : "differs from") + " the hash in the SOD"));
            }
        }
    }

    private static void chainChecks(
            @Nullable EncodedCertificate dsc, TrustStore trustStore, Instant at, List<Check> checks) {
        if (dsc == null) {
            String reason = "no Document Signer certificate";
            for (CheckType type : List.of(
                    CheckType.CSCA_FOUND,
                    CheckType.CERTIFICATE_CHAIN,
                    CheckType.CERTIFICATE_EXTENSIONS,
                    CheckType.DSC_VALIDITY,
                    CheckType.CSCA_VALIDITY,
                    CheckType.REVOCATION)) {
                checks.add(notChecked(type, reason));
            }
            return;
        }
        Issuer issuer = findIssuer(dsc, trustStore.encodedCscaCertificates());
        EncodedCertificate csca = issuer.verified();
        if (issuer.candidates() == 0) {
            checks.add(Check.of(CheckType.CSCA_FOUND, Status.FAILED, issuer.reason()));
            checks.add(notChecked(CheckType.CERTIFICATE_CHAIN, "no CSCA for the Document Signer certificate"));
        } else {
            checks.add(Check.of(
                    CheckType.CSCA_FOUND,
                    Status.PASSED,
                    issuer.candidates() + " CSCA certificate(s) with subject " + dsc.issuer()
                            + keyIdText(dsc.authorityKeyIdentifier().orElse(null))));
            checks.add(Check.of(
                    CheckType.CERTIFICATE_CHAIN,
                    csca == null ? Status.FAILED : Status.PASSED,
                    "Document Signer certificate: " + issuer.reason()));
        }
        checks.add(extensions(dsc, csca));
        String dscDates = validity(dsc.certificate(), at);
        checks.add(Check.of(
                CheckType.DSC_VALIDITY,
                dscDates == null ? Status.PASSED : Status.FAILED,
                "Document Signer certificate "
                        + (dscDates == null ? period(dsc.certificate()) + " contains " + at : dscDates)));
        if (csca == null) {
            checks.add(notChecked(CheckType.CSCA_VALIDITY, "no CSCA verified the Document Signer certificate"));
            checks.add(notChecked(CheckType.REVOCATION, "revocation not checked: no CSCA"));
            return;
        }
        String cscaDates = validity(csca.certificate(), at);
        checks.add(Check.of(
                CheckType.CSCA_VALIDITY,
                cscaDates == null ? Status.PASSED : Status.FAILED,
                "CSCA certificate " + csca.subject() + " "
                        + (cscaDates == null ? period(csca.certificate()) + " contains " + at : cscaDates)));
        checks.add(revocation(dsc, csca, trustStore.crls(), at));
    }

    /**
     * The issuers a certificate may have in a list, and the first whose key verifies its signature.
     *
     * @param candidates how many certificates match by name or key identifier
     * @param verified the one whose key verifies the signature, or null
     * @param reason what was found
     */
    private record Issuer(int candidates, @Nullable EncodedCertificate verified, String reason) {}

    private static Issuer findIssuer(EncodedCertificate certificate, List<EncodedCertificate> anchors) {
        byte[] authorityKey = certificate.authorityKeyIdentifier().orElse(null);
        List<EncodedCertificate> candidates = new ArrayList<>();
        for (EncodedCertificate anchor : anchors) {
            byte[] subjectKey = anchor.subjectKeyIdentifier().orElse(null);
            boolean keyIdsPresent = authorityKey != null && subjectKey != null;
            if (keyIdsPresent ? Arrays.equals(authorityKey, subjectKey) : certificate.hasIssuer(anchor.subject())) {
                candidates.add(anchor);
            }
        }
        if (candidates.isEmpty()) {
            return new Issuer(
                    0,
                    null,
                    "no CSCA with subject " + certificate.issuer() + keyIdText(authorityKey) + " in the trust store");
        }
        String lastFailure = "";
        for (EncodedCertificate candidate : candidates) {
            Crypto.Outcome outcome = Crypto.verifyCertificate(certificate, candidate);
            if (outcome.ok()) {
                return new Issuer(candidates.size(), candidate, outcome.reason());
            }
            lastFailure = outcome.reason();
        }
        return new Issuer(candidates.size(), null, lastFailure);
    }

    private static Check extensions(EncodedCertificate dsc, @Nullable EncodedCertificate csca) {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        X509Certificate signer = dsc.certificate();
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage != null) {
            if (keyUsage.length > 0 && keyUsage[0]) {
                seen.add("DSC keyUsage has digitalSignature");
            } else {
                problems.add("the DSC's keyUsage lacks digitalSignature");
            }
        }
        if (signer.getExtensionValue(BASIC_CONSTRAINTS) != null) {
            if (signer.getBasicConstraints() < 0) {
                seen.add("DSC is not a CA");
            } else {
                problems.add("the DSC's basicConstraints make it a CA");
            }
        }
        if (csca != null) {
            X509Certificate authority = csca.certificate();
            boolean[] authorityUsage = authority.getKeyUsage();
            if (authorityUsage != null) {
                if (authorityUsage.length > KEY_CERT_SIGN && authorityUsage[KEY_CERT_SIGN]) {
                    seen.add("CSCA keyUsage has keyCertSign");
                } else {
                    problems.add("the CSCA's keyUsage lacks keyCertSign");
                }
            }
            if (authority.getExtensionValue(BASIC_CONSTRAINTS) != null) {
                if (authority.getBasicConstraints() >= 0) {
                    seen.add("CSCA is a CA");
                } else {
                    problems.add("the CSCA's basicConstraints do not make it a CA");
                }
            }
        }
        if (!problems.isEmpty()) {
            return Check.of(CheckType.CERTIFICATE_EXTENSIONS, Status.FAILED, String.join("; ", problems));
        }
        String scope = csca == null ? " (CSCA not checked: none verified the DSC)" : "";
        return Check.of(
                CheckType.CERTIFICATE_EXTENSIONS,
                Status.PASSED,
                (seen.isEmpty() ? "no keyUsage or basicConstraints present" : String.join("; ", seen)) + scope);
    }

    private static Check revocation(EncodedCertificate dsc, EncodedCertificate csca, List<X509CRL> crls, Instant at) {
        X509CRL latest = null;
        int unverified = 0;
        for (X509CRL crl : crls) {
            if (!csca.hasSubject(crl.getIssuerX500Principal())) {
                continue;
            }
            if (!crlSignatureVerifies(crl, csca)) {
                unverified++;
            } else if (latest == null || crl.getThisUpdate().after(latest.getThisUpdate())) {
                latest = crl;
            }
        }
        if (latest == null) {
            return unverified > 0
                    ? Check.of(
                            CheckType.REVOCATION,
                            Status.FAILED,
                            "the CRL from " + csca.subject() + " does not verify with the CSCA key")
                    : notChecked(
                            CheckType.REVOCATION, "revocation not checked: no CRL from " + csca.subject() + " given");
        }
        Date nextUpdate = latest.getNextUpdate();
        if (nextUpdate != null && nextUpdate.toInstant().isBefore(at)) {
            return notChecked(
                    CheckType.REVOCATION,
                    "revocation not checked: the latest CRL from " + csca.subject() + " expired at "
                            + nextUpdate.toInstant());
        }
        X509CRLEntry entry = latest.getRevokedCertificate(dsc.certificate());
        if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
            return Check.of(
                    CheckType.REVOCATION,
                    Status.FAILED,
                    "the Document Signer certificate (serial "
                            + dsc.certificate().getSerialNumber().toString(16)
                            + ") was revoked at " + entry.getRevocationDate().toInstant() + " by the CRL of "
                            + latest.getThisUpdate().toInstant());
        }
        return Check.of(
                CheckType.REVOCATION,
                Status.PASSED,
                "the Document Signer certificate is not on the CRL of "
                        + latest.getThisUpdate().toInstant() + " from " + csca.subject());
    }

    private static boolean crlSignatureVerifies(X509CRL crl, EncodedCertificate csca) {
        try {
            crl.verify(csca.certificate().getPublicKey(), Crypto.PROVIDER);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** Null when the certificate is valid at the instant, otherwise what is wrong. */
    private static @Nullable String validity(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return "is not valid before " + notBefore + " (checked at " + at + ")";
        }
        if (at.isAfter(notAfter)) {
            return "expired at " + notAfter + " (checked at " + at + ")";
        }
        return null;
    }

    private static String period(X509Certificate certificate) {
        return "validity " + certificate.getNotBefore().toInstant() + " to "
                + certificate.getNotAfter().toInstant();
    }

    private static String keyIdText(byte @Nullable [] keyId) {
        return keyId == null ? "" : " and key identifier " + hex(keyId);
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0x0F, 16)).append(Character.forDigit(b & 0x0F, 16));
        }
        return text.toString();
    }

    private static Check outcome(CheckType type, String prefix, Crypto.Outcome outcome) {
        return Check.of(type, outcome.ok() ? Status.PASSED : Status.FAILED, prefix + outcome.reason());
    }

    private static Check notChecked(CheckType type, String reason) {
        return Check.of(type, Status.NOT_CHECKED, reason);
    }
}
