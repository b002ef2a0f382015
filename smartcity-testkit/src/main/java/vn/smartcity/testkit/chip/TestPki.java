package vn.smartcity.testkit.chip;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.testkit.chip.internal.Der;

/**
 * A test PKI for chips: a CSCA (self-signed; keyUsage keyCertSign and cRLSign, critical;
 * basicConstraints CA with path length 0) and a Document Signer it issued (keyUsage
 * digitalSignature), both ECDSA on brainpoolP256r1 with SHA-256, as ICAO Doc 9303 Part 12 section 7
 * profiles them. It signs EF.SOD (Part 10 section 4.6.2: an LDSSecurityObject with SHA-256 data group
 * hashes in a CMS SignedData whose signed attributes are content-type and message-digest only).
 *
 * <p>Keys and signatures come from a generator seeded with the given seed, so one seed always gives
 * the same certificates and the same EF.SOD. The CSCA is valid from {@link #CSCA_VALID_FROM} to
 * {@link #CSCA_VALID_UNTIL}, the Document Signer from {@link #DSC_VALID_FROM} to {@link
 * #DSC_VALID_UNTIL}: passive authentication at the time of a test passes until 2036.
 *
 * <pre>{@code
 * TrustStore trust = TestPki.standard().trustStore();
 * Verdict verdict = PassiveAuthentication.verify(sod, dataGroups, trust, Instant.now());
 * }</pre>
 *
 * <p>Nothing here is a real authority; never trust this CSCA outside tests.
 */
public final class TestPki {

    /** Start of the CSCA's validity. */
    public static final Instant CSCA_VALID_FROM = Instant.parse("2021-01-01T00:00:00Z");
    /** End of the CSCA's validity. */
    public static final Instant CSCA_VALID_UNTIL = Instant.parse("2041-01-01T00:00:00Z");
    /** Start of the Document Signer's validity. */
    public static final Instant DSC_VALID_FROM = Instant.parse("2021-06-01T00:00:00Z");
    /** End of the Document Signer's validity. */
    public static final Instant DSC_VALID_UNTIL = Instant.parse("2036-01-01T00:00:00Z");

    private static final String CURVE = "brainpoolP256r1";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String LDS_SECURITY_OBJECT = "2.23.136.1.1.1";
    private static final long STANDARD_SEED = 1_195_012_345L;

    private final long seed;
    private final KeyPair documentSignerKeys;
    private final X509Certificate csca;
    private final X509Certificate documentSigner;

    /** The provider, created on first use. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /** The standard PKI, created on first use. */
    private static final class Standard {
        static final TestPki PKI = generate(STANDARD_SEED);
    }

    private TestPki(long seed, KeyPair documentSignerKeys, X509Certificate csca, X509Certificate documentSigner) {
        this.seed = seed;
        this.documentSignerKeys = documentSignerKeys;
        this.csca = csca;
        this.documentSigner = documentSigner;
    }

    /**
     * The PKI the sample citizen's chip is signed with; the same certificates in every run.
     *
     * @return the standard test PKI
     */
    public static TestPki standard() {
        return Standard.PKI;
    }

    /**
     * A PKI of its own, for tests that need a second, untrusted one.
     *
     * @param seed the seed of every key and signature
     * @return a new PKI; the same seed gives the same certificates
     */
    public static TestPki generate(long seed) {
        KeyPair cscaKeys = keys(seed * 31 + 1);
        KeyPair dscKeys = keys(seed * 31 + 2);
        X500Name cscaName = new X500Name("C=VN,O=Smartcity Test PKI,OU=Not for production,CN=CSCA Test " + seed);
        X500Name dscName =
                new X500Name("C=VN,O=Smartcity Test PKI,OU=Not for production,CN=Document Signer Test " + seed);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder cscaBuilder = new JcaX509v3CertificateBuilder(
                            cscaName,
                            BigInteger.ONE,
                            Date.from(CSCA_VALID_FROM),
                            Date.from(CSCA_VALID_UNTIL),
                            cscaName,
                            cscaKeys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            utils.createSubjectKeyIdentifier(cscaKeys.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            utils.createAuthorityKeyIdentifier(cscaKeys.getPublic()));
            X509Certificate csca = sign(cscaBuilder, cscaKeys, seed * 31 + 3);
            X509v3CertificateBuilder dscBuilder = new JcaX509v3CertificateBuilder(
                            cscaName,
                            BigInteger.TWO,
                            Date.from(DSC_VALID_FROM),
                            Date.from(DSC_VALID_UNTIL),
                            dscName,
                            dscKeys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            utils.createSubjectKeyIdentifier(dscKeys.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            utils.createAuthorityKeyIdentifier(cscaKeys.getPublic()));
            X509Certificate dsc = sign(dscBuilder, cscaKeys, seed * 31 + 4);
            return new TestPki(seed, dscKeys, csca, dsc);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the test PKI", e);
        }
    }

    static SecureRandom random(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA1PRNG", e);
        }
    }

    /** An ECDSA key pair on brainpoolP256r1 from a seeded generator. */
    static KeyPair keys(long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            generator.initialize(new ECGenParameterSpec(CURVE), random(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + CURVE + " key pair", e);
        }
    }

    static Provider provider() {
        return Bc.PROVIDER;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer, long seed)
            throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE)
                    .setProvider(Bc.PROVIDER)
                    .setSecureRandom(random(seed))
                    .build(issuer.getPrivate());
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /**
     * The CSCA certificate, to build a trust store from.
     *
     * @return the self-signed CSCA certificate
     */
    public X509Certificate cscaCertificate() {
        return csca;
    }

    /**
     * The Document Signer certificate that EF.SOD carries.
     *
     * @return the certificate issued by the CSCA
     */
    public X509Certificate documentSignerCertificate() {
        return documentSigner;
    }

    /**
     * A trust store holding this PKI's CSCA.
     *
     * @return the trust store for passive authentication
     */
    public TrustStore trustStore() {
        return TrustStore.of(List.of(csca));
    }

    /**
     * Signs an EF.SOD over data groups: an LDSSecurityObject (version 0) with their SHA-256 hashes,
     * in a SignedData by the Document Signer, whose certificate it includes.
     *
     * @param dataGroups data-group number (1 to 16) to the file's bytes, tag included
     * @return EF.SOD, tag {@code 77} included
     * @throws IllegalArgumentException if a number is outside 1 to 16
     */
    public byte[] signSod(Map<Integer, byte[]> dataGroups) {
        Objects.requireNonNull(dataGroups, "dataGroups");
        List<DataGroupHash> hashes = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> group : new TreeMap<>(dataGroups).entrySet()) {
            int number = group.getKey();
            if (number < 1 || number > 16) {
                throw new IllegalArgumentException("data group number " + number + " is outside 1 to 16");
            }
            hashes.add(new DataGroupHash(number, new DEROctetString(sha256(group.getValue()))));
        }
        LDSSecurityObject securityObject = new LDSSecurityObject(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes.toArray(new DataGroupHash[0]));
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE)
                    .setProvider(Bc.PROVIDER)
                    .setSecureRandom(random(seed * 31 + 5))
                    .build(documentSignerKeys.getPrivate());
            // Doc 9303 Part 10, section 4.6.2.2: content-type and message-digest, nothing else.
            CMSAttributeTableGenerator attributes = parameters -> {
                ASN1EncodableVector vector = new ASN1EncodableVector();
                vector.add(new Attribute(CMSAttributes.contentType, new DERSet((ASN1ObjectIdentifier)
                        parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
                vector.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString((byte[])
                        parameters.get(CMSAttributeTableGenerator.DIGEST)))));
                return new AttributeTable(vector);
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(Bc.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(attributes)
                    .build(contentSigner, documentSigner));
            generator.addCertificate(new JcaX509CertificateHolder(documentSigner));
            byte[] signedData = generator
                    .generate(
                            new CMSProcessableByteArray(
                                    new ASN1ObjectIdentifier(LDS_SECURITY_OBJECT),
                                    securityObject.getEncoded(ASN1Encoding.DER)),
                            true)
                    .getEncoded(ASN1Encoding.DER);
            return Der.tlv(0x77, signedData);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the EF.SOD", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The certificates' subjects; no key material. */
    @Override
    public String toString() {
        return "TestPki[" + csca.getSubjectX500Principal().getName() + "]";
    }
}
