package vn.smartcity.card.pa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.icao.LDSVersionInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
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
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.sod.DigestAlgorithm;

/**
 * A synthetic CCCD PKI and chip for tests, built with Bouncy Castle: a CSCA (self-signed, keyUsage
 * keyCertSign and cRLSign, basicConstraints CA), Document Signers, an EF.SOD over made-up DG1, DG2
 * and DG13, CSCA master lists and CRLs. Nothing here is a published vector; every byte is
 * synthetic. Keys come from a seeded generator, so a run makes the same bytes every time.
 */
final class SyntheticCard {

    static final Provider BC = new BouncyCastleProvider();

    static final Instant CSCA_FROM = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant CSCA_TO = Instant.parse("2035-01-01T00:00:00Z");
    static final Instant DSC_FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant DSC_TO = Instant.parse("2030-01-01T00:00:00Z");
    /** An instant at which the whole synthetic chain is valid. */
    static final Instant VALID_AT = Instant.parse("2025-06-01T00:00:00Z");

    static final String LDS_SECURITY_OBJECT = "2.23.136.1.1.1";
    static final String CSCA_MASTER_LIST = "2.23.136.1.1.2";

    /** A key pair and its certificate. */
    record Authority(KeyPair keys, X509Certificate certificate) {}

    private SyntheticCard() {}

    /** A deterministic random source (SHA1PRNG seeded before first use is repeatable). */
    static SecureRandom random(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecKeys(String curve, long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve), random(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsaKeys(long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(2048, random(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed CSCA: keyUsage keyCertSign and cRLSign (critical), basicConstraints CA. */
    static Authority csca(String commonName, KeyPair keys, String signatureAlgorithm, Instant from, Instant to) {
        X500Name name = name(commonName);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name, BigInteger.valueOf(1), Date.from(from), Date.from(to), name, keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            utils.createAuthorityKeyIdentifier(keys.getPublic()));
            return new Authority(keys, sign(builder, keys, signatureAlgorithm));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Document Signer certificate (keyUsage digitalSignature) issued by a CSCA. */
    static Authority documentSigner(Authority csca, KeyPair keys, String signatureAlgorithm, Instant from, Instant to) {
        return issue(csca, "Document Signer 01", keys, signatureAlgorithm, from, to, KeyUsage.digitalSignature, true);
    }

    /** An end-entity certificate issued by a CSCA, with a chosen key usage and with or without AKI. */
    static Authority issue(
            Authority csca,
            String commonName,
            KeyPair keys,
            String signatureAlgorithm,
            Instant from,
            Instant to,
            int keyUsage,
            boolean authorityKeyIdentifier) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            csca.certificate(),
                            BigInteger.valueOf(2 + Math.floorMod(commonName.hashCode(), 100_000)),
                            Date.from(from),
                            Date.from(to),
                            name(commonName),
                            keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            if (authorityKeyIdentifier) {
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        utils.createAuthorityKeyIdentifier(csca.certificate().getPublicKey()));
            }
            return new Authority(keys, sign(builder, csca.keys(), signatureAlgorithm));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(String commonName) {
        return new X500Name("C=VN,O=Synthetic Test Authority,CN=" + commonName);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer, String algorithm)
            throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm)
                    .setProvider(BC)
                    .setSecureRandom(random(algorithm.hashCode()))
                    .build(issuer.getPrivate());
            X509CertificateHolder holder = builder.build(signer);
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Synthetic data groups: DG1 (MRZ), DG2 (opaque biometric bytes) and DG13 (a DER record). */
    static Map<Integer, byte[]> dataGroups() {
        String mrz = pad("IDVNM0000000001000000000001") + pad("9001011M3001012VNM") + pad("SYNTHETIC<<TEST<CARD");
        byte[] dg1 = tlv(0x61, tlv(0x5F1F, mrz.getBytes(StandardCharsets.US_ASCII)));
        byte[] face = new byte[300];
        for (int i = 0; i < face.length; i++) {
            face[i] = (byte) (i * 7 + 3);
        }
        byte[] dg2 = tlv(0x75, tlv(0x7F61, face));
        byte[] record = tlv(
                0x30,
                concat(
                        tlv(0x02, new byte[] {1}),
                        tlv(0x0C, "SYNTHETIC TEST CARD".getBytes(StandardCharsets.UTF_8)),
                        tlv(0x13, "19900101".getBytes(StandardCharsets.US_ASCII))));
        byte[] dg13 = tlv(0x6D, record);
        Map<Integer, byte[]> groups = new LinkedHashMap<>();
        groups.put(1, dg1);
        groups.put(2, dg2);
        groups.put(13, dg13);
        return groups;
    }

    private static String pad(String line) {
        return (line + "<".repeat(30)).substring(0, 30);
    }

    /** The EF.SOD over data groups, signed by a Document Signer whose certificate is included. */
    static byte[] sod(Authority dsc, String signatureAlgorithm, Map<Integer, byte[]> dataGroups) {
        return sod(dsc, signatureAlgorithm, dataGroups, DigestAlgorithm.SHA256, null, true);
    }

    /**
     * The EF.SOD with every choice open: hash algorithm, LDS version info (LDSSecurityObject v1), and
     * whether the Document Signer certificate goes into the SignedData.
     */
    static byte[] sod(
            Authority dsc,
            String signatureAlgorithm,
            Map<Integer, byte[]> dataGroups,
            DigestAlgorithm digest,
            @Nullable LDSVersionInfo versionInfo,
            boolean includeCertificate) {
        List<DataGroupHash> hashes = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
            hashes.add(new DataGroupHash(group.getKey(), new DEROctetString(hash(digest, group.getValue()))));
        }
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(new ASN1ObjectIdentifier(digest.oid()));
        DataGroupHash[] array = hashes.toArray(new DataGroupHash[0]);
        LDSSecurityObject securityObject = versionInfo == null
                ? new LDSSecurityObject(algorithm, array)
                : new LDSSecurityObject(algorithm, array, versionInfo);
        byte[] contentInfo =
                signedData(dsc, signatureAlgorithm, LDS_SECURITY_OBJECT, der(securityObject), includeCertificate);
        return tlv(0x77, contentInfo);
    }

    /** A CSCA master list (Doc 9303 Part 12, section 9) of certificates, signed by a signer. */
    static byte[] masterList(Authority signer, String signatureAlgorithm, List<X509Certificate> certificates) {
        Certificate[] list = new Certificate[certificates.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = Certificate.getInstance(encoded(certificates.get(i)));
        }
        return signedData(signer, signatureAlgorithm, CSCA_MASTER_LIST, der(new CscaMasterList(list)), true);
    }

    /** A CRL by a CSCA with the given serial numbers revoked at {@code thisUpdate}. */
    static X509CRL crl(
            Authority csca, String signatureAlgorithm, Instant thisUpdate, Instant nextUpdate, BigInteger... revoked) {
        try {
            JcaX509v2CRLBuilder builder = new JcaX509v2CRLBuilder(csca.certificate(), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (BigInteger serial : revoked) {
                builder.addCRLEntry(serial, Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(BC)
                    .setSecureRandom(random(7))
                    .build(csca.keys().getPrivate());
            return new JcaX509CRLConverter().setProvider(BC).getCRL(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] signedData(
            Authority signer,
            String signatureAlgorithm,
            String contentType,
            byte[] content,
            boolean includeCertificate) {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(BC)
                    .setSecureRandom(random(signatureAlgorithm.hashCode() + 1L))
                    .build(signer.keys().getPrivate());
            // Doc 9303 Part 10, section 4.6.2.2: signed attributes content-type and message-digest only.
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
                            .setProvider(BC)
                            .build())
                    .setSignedAttributeGenerator(attributes)
                    .build(contentSigner, signer.certificate()));
            if (includeCertificate) {
                generator.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
            }
            return generator
                    .generate(new CMSProcessableByteArray(new ASN1ObjectIdentifier(contentType), content), true)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hash(DigestAlgorithm digest, byte[] data) {
        try {
            return MessageDigest.getInstance(digest.jcaName(), BC).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(org.bouncycastle.asn1.ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DER TLV with a one- or two-byte tag. */
    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag & 0xFF);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
