package vn.smartcity.card.reader;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.smartcity.card.access.internal.Crypto;

/**
 * A synthetic CCCD (all data made up): Nguyễn Thị Mậu, number 001195012345, born 4 March 1995,
 * card expiring 4 March 2035; DG1 with the synthetic CCCD MRZ of the MRZ tests, DG13 as a DER
 * record, DG2 with a 40 KB made-up JPEG (so that reading passes offset 32 KiB), and an EF.SOD
 * signed by a made-up Document Signer under a made-up CSCA.
 */
final class SyntheticCccd {

    static final Provider BC = new BouncyCastleProvider();
    static final Instant VALID_AT = Instant.parse("2025-06-01T00:00:00Z");
    static final String MRZ =
            "IDVNM1950123452001195012345<<3" + "9503043F3503041VNM<<<<<<<<<<<6" + "NGUYEN<<THI<MAU<<<<<<<<<<<<<<<";

    final Map<Integer, byte[]> dataGroups = new LinkedHashMap<>();
    final byte[] com;
    final byte[] sod;
    final X509Certificate csca;

    SyntheticCccd() {
        try {
            dataGroups.put(1, Crypto.tlv(0x61, Crypto.tlv(0x5F1F, MRZ.getBytes(StandardCharsets.US_ASCII))));
            dataGroups.put(2, dg2());
            dataGroups.put(13, dg13());
            com = Crypto.tlv(
                    0x60,
                    Crypto.concat(
                            Crypto.tlv(0x5F01, "0107".getBytes(StandardCharsets.US_ASCII)),
                            Crypto.tlv(0x5F36, "040000".getBytes(StandardCharsets.US_ASCII)),
                            Crypto.tlv(0x5C, new byte[] {0x61, 0x75, 0x63, 0x76, 0x6D})));
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42);
            KeyPair cscaKeys = ecKeys(random);
            KeyPair dscKeys = ecKeys(random);
            csca = certificate("CN=CSCA Synthetic,C=VN", "CN=CSCA Synthetic,C=VN", cscaKeys, cscaKeys, true);
            X509Certificate dsc =
                    certificate("CN=DS Synthetic,C=VN", "CN=CSCA Synthetic,C=VN", dscKeys, cscaKeys, false);
            sod = Crypto.tlv(0x77, signedData(dsc, dscKeys, securityObject()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] dg13() throws IOException {
        ASN1EncodableVector set = new ASN1EncodableVector();
        String[][] fields = {
            {"1", "001195012345"}, {"2", "Nguyễn Thị Mậu"}, {"3", "04/03/1995"}, {"4", "Nữ"}, {"12", "04/03/2035"}
        };
        for (String[] f : fields) {
            set.add(new DERSequence(
                    new ASN1Encodable[] {new ASN1Integer(Integer.parseInt(f[0])), new DERUTF8String(f[1])}));
        }
        DERSequence content = new DERSequence(
                new ASN1Encodable[] {new ASN1Integer(1), new ASN1ObjectIdentifier("1.0.10646.1.0.8"), new DLSet(set)});
        return new DERTaggedObject(true, BERTags.APPLICATION, 13, content).getEncoded(ASN1Encoding.DER);
    }

    /** DG2 with one ISO/IEC 19794-5 face record around a made-up 40 KB "JPEG" (magic FF D8 FF). */
    private static byte[] dg2() {
        byte[] image = new byte[40_000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31 + 7);
        }
        image[0] = (byte) 0xFF;
        image[1] = (byte) 0xD8;
        image[2] = (byte) 0xFF;
        byte[] info = Crypto.concat(new byte[] {1, 0}, u16(480), u16(640), new byte[] {1, 0}, u16(0), u16(0));
        byte[] facial = Crypto.concat(u32(20 + 12 + image.length), u16(0), new byte[14]);
        byte[] face = Crypto.concat(facial, info, image);
        byte[] record =
                Crypto.concat(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0}, u32(14 + face.length), u16(1), face);
        byte[] header = Crypto.tlv(
                0xA1,
                Crypto.concat(
                        Crypto.tlv(0x80, new byte[] {1, 1}),
                        Crypto.tlv(0x87, u16(0x0101)),
                        Crypto.tlv(0x88, u16(0x0008))));
        byte[] template = Crypto.tlv(0x7F60, Crypto.concat(header, Crypto.tlv(0x5F2E, record)));
        return Crypto.tlv(0x75, Crypto.tlv(0x7F61, Crypto.concat(Crypto.tlv(0x02, new byte[] {1}), template)));
    }

    private byte[] securityObject() throws IOException, GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256", BC);
        List<DataGroupHash> hashes = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
            hashes.add(new DataGroupHash(group.getKey(), new DEROctetString(sha256.digest(group.getValue()))));
        }
        hashes.add(new DataGroupHash(3, new DEROctetString(sha256.digest(new byte[] {0x63, 0}))));
        hashes.add(new DataGroupHash(4, new DEROctetString(sha256.digest(new byte[] {0x76, 0}))));
        return new LDSSecurityObject(
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes.toArray(new DataGroupHash[0]))
                .getEncoded(ASN1Encoding.DER);
    }

    private static byte[] signedData(X509Certificate dsc, KeyPair keys, byte[] content)
            throws OperatorCreationException, CMSException, IOException, GeneralSecurityException {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                .build(
                        new JcaContentSignerBuilder("SHA256withECDSA")
                                .setProvider(BC)
                                .build(keys.getPrivate()),
                        dsc));
        generator.addCertificate(new JcaX509CertificateHolder(dsc));
        return generator
                .generate(new CMSProcessableByteArray(new ASN1ObjectIdentifier("2.23.136.1.1.1"), content), true)
                .getEncoded(ASN1Encoding.DER);
    }

    private static KeyPair ecKeys(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(
            String subject, String issuer, KeyPair subjectKeys, KeyPair issuerKeys, boolean ca)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(ca ? 1 : 2),
                Date.from(Instant.parse("2024-01-01T00:00:00Z")),
                Date.from(Instant.parse("2034-01-01T00:00:00Z")),
                new X500Name(subject),
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        return new JcaX509CertificateConverter()
                .setProvider(BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(BC)
                        .build(issuerKeys.getPrivate())));
    }

    private static byte[] u16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    private static byte[] u32(long v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
