package vn.smartcity.card.pa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.sod.EncodedCertificate;
import vn.smartcity.card.sod.MasterList;

/**
 * The CSCA certificates (and link certificates) that passive authentication trusts, with the CSCA
 * master lists they came from and the CRLs to check revocation against (Doc 9303 Part 12).
 *
 * <p>A trust store built from a master list keeps the list: {@link PassiveAuthentication} then
 * verifies the list's own signature and reports it in the verdict, so a forged list fails there.
 * Immutable.
 */
public final class TrustStore {

    private static final String PEM_CERTIFICATE = "CERTIFICATE";
    private static final String PEM_CRL = "X509 CRL";

    private final List<EncodedCertificate> certificates;
    private final List<MasterList> masterLists;
    private final List<X509CRL> crls;

    private TrustStore(List<EncodedCertificate> certificates, List<MasterList> masterLists, List<X509CRL> crls) {
        this.certificates = List.copyOf(certificates);
        this.masterLists = List.copyOf(masterLists);
        this.crls = List.copyOf(crls);
    }

    /**
     * A trust store of CSCA certificates the caller trusts as they are.
     *
     * @param cscaCertificates the CSCA certificates
     * @return the trust store
     * @throws CardDataException if a certificate cannot be encoded and parsed again
     */
    public static TrustStore of(Collection<X509Certificate> cscaCertificates) {
        List<EncodedCertificate> certificates = new ArrayList<>();
        for (X509Certificate certificate : cscaCertificates) {
            certificates.add(EncodedCertificate.of(certificate));
        }
        return new TrustStore(certificates, List.of(), List.of());
    }

    /**
     * A trust store of the CSCA certificates in a master list file (Doc 9303 Part 12, section 9).
     * The list's signature is checked when the store is used, see {@link
     * CheckType#MASTER_LIST_SIGNATURE}.
     *
     * @param masterList the master list bytes ({@code .ml})
     * @return the trust store
     * @throws CardDataException with the byte offset if the master list is malformed
     */
    public static TrustStore fromMasterList(byte[] masterList) {
        MasterList list = MasterList.parse(masterList);
        return new TrustStore(list.certificates(), List.of(list), List.of());
    }

    /**
     * A trust store of the files in a directory (not its subdirectories), by file name extension,
     * ignoring case: {@code .cer}, {@code .crt}, {@code .der} and {@code .pem} hold certificates, DER
     * or PEM (several {@code CERTIFICATE} blocks allowed); {@code .crl} holds a CRL, DER or PEM;
     * {@code .ml} holds a CSCA master list. Other files are ignored.
     *
     * @param directory the directory
     * @return the trust store
     * @throws IOException if the directory or a file cannot be read
     * @throws CardDataException naming the file if its content is malformed
     */
    public static TrustStore fromDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        List<EncodedCertificate> certificates = new ArrayList<>();
        List<MasterList> masterLists = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".cer") || lower.endsWith(".crt") || lower.endsWith(".der") || lower.endsWith(".pem")) {
                for (byte[] der : derBlocks(Files.readAllBytes(file), PEM_CERTIFICATE, name)) {
                    certificates.add(EncodedCertificate.parse(der, name));
                }
            } else if (lower.endsWith(".crl")) {
                for (byte[] der : derBlocks(Files.readAllBytes(file), PEM_CRL, name)) {
                    crls.add(crl(der, name));
                }
            } else if (lower.endsWith(".ml")) {
                MasterList list = MasterList.parse(Files.readAllBytes(file));
                masterLists.add(list);
                certificates.addAll(list.certificates());
            }
        }
        return new TrustStore(certificates, masterLists, crls);
    }

    /**
     * This trust store with CRLs to check Document Signer certificates against, in addition to
     * those it has.
     *
     * @param additionalCrls CRLs issued by CSCAs
     * @return a new trust store
     */
    public TrustStore withCrls(Collection<X509CRL> additionalCrls) {
        List<X509CRL> all = new ArrayList<>(crls);
        for (X509CRL crl : additionalCrls) {
            all.add(Objects.requireNonNull(crl, "crl"));
        }
        return new TrustStore(certificates, masterLists, all);
    }

    /**
     * The trusted CSCA and link certificates.
     *
     * @return the certificates, in the order loaded
     */
    public List<X509Certificate> cscaCertificates() {
        return certificates.stream().map(EncodedCertificate::certificate).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The trusted certificates with their bytes as read.
     *
     * @return the certificates, in the order loaded
     */
    public List<EncodedCertificate> encodedCscaCertificates() {
        return certificates;
    }

    /**
     * The master lists the certificates came from.
     *
     * @return the master lists, empty when none
     */
    public List<MasterList> masterLists() {
        return masterLists;
    }

    /**
     * The CRLs.
     *
     * @return the CRLs, empty when none
     */
    public List<X509CRL> crls() {
        return crls;
    }

    /**
     * The numbers of certificates, master lists and CRLs.
     *
     * @return such as {@code TrustStore[3 certificates, 0 master lists, 1 CRLs]}
     */
    @Override
    public String toString() {
        return "TrustStore[" + certificates.size() + " certificates, " + masterLists.size() + " master lists, "
                + crls.size() + " CRLs]";
    }

    /** The DER bytes of a file: the file itself, or the base64 of each PEM block of a type. */
    private static List<byte[]> derBlocks(byte[] content, String type, String file) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.stripLeading().startsWith("-----BEGIN ")) {
            return List.of(content);
        }
        List<byte[]> blocks = new ArrayList<>();
        int from = text.indexOf(begin);
        while (from >= 0) {
            int start = from + begin.length();
            int stop = text.indexOf(end, start);
            if (stop < 0) {
                throw new CardDataException(file, from, "PEM block without " + end);
            }
            try {
                blocks.add(Base64.getMimeDecoder().decode(text.substring(start, stop)));
            } catch (IllegalArgumentException e) {
                throw new CardDataException(file, start, "malformed base64 in PEM block", e);
            }
            from = text.indexOf(begin, stop + end.length());
        }
        if (blocks.isEmpty()) {
            throw new CardDataException(file, 0, "PEM file without a " + begin + " block");
        }
        return blocks;
    }

    private static X509CRL crl(byte[] der, String file) {
        try {
            X509CRL crl = (X509CRL)
                    CertificateFactory.getInstance("X.509", Crypto.PROVIDER).generateCRL(new ByteArrayInputStream(der));
            if (crl == null) {
                throw new CardDataException(file, 0, "no CRL in the file");
            }
            return crl;
        } catch (CRLException | CertificateException | IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(
                    file, 0, "malformed CRL: " + e.getClass().getSimpleName(), e);
        }
    }
}
