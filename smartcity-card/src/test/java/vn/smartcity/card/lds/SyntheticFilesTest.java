package vn.smartcity.card.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.card.lds.Vectors.concat;
import static vn.smartcity.card.lds.Vectors.face;
import static vn.smartcity.card.lds.Vectors.facialRecord;
import static vn.smartcity.card.lds.Vectors.hex;
import static vn.smartcity.card.lds.Vectors.tlv;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/** Synthetic files, built here: DG1, DG2 around generated images, DG14, DG15 with generated keys. */
class SyntheticFilesTest {

    /** Synthetic TD1 MRZ in the CCCD layout (made-up person). */
    static final String TD1 =
            "IDVNM0890123457001089012345<<<" + "8902014M2902016VNM<<<<<<<<<<<6" + "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";

    static byte[] dg1() {
        return tlv(0x61, tlv(0x5F1F, TD1.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A 2x2 JPEG written by javax.imageio (synthetic-2x2.jpg; see vectors/lds/README.md). */
    static byte[] jpeg() {
        return Vectors.resource("synthetic-2x2.jpg");
    }

    static byte[] dg2() {
        return Vectors.dg2(facialRecord(face(2, 2, 0, 0, jpeg())));
    }

    static byte[] dg15(PublicKey key) {
        return tlv(0x6F, key.getEncoded());
    }

    static PublicKey ecKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair().getPublic();
    }

    static PublicKey rsaKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair().getPublic();
    }

    /** Synthetic DG14 with every modelled SecurityInfo and one unknown (id-RI). */
    static byte[] dg14() throws IOException {
        ASN1Encodable[] infos = {
            new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier(SecurityProtocols.ID_AA),
                new ASN1Integer(1),
                new ASN1ObjectIdentifier("1.2.840.10045.4.3.2")
            }),
            new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.3.1.1"), new ASN1Integer(1), new ASN1Integer(7)
            }),
            new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier(SecurityProtocols.ID_TA),
                new ASN1Integer(1),
                new DERSequence(new DEROctetString(new byte[] {0x01, 0x1C}))
            }),
            new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.4.2"),
                new AlgorithmIdentifier(
                        new ASN1ObjectIdentifier("1.2.840.10045.2.1"),
                        new ASN1ObjectIdentifier("1.3.36.3.3.2.8.1.1.7")),
                new ASN1Integer(3)
            }),
            new DERSequence(
                    new ASN1Encodable[] {new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.4.4.3"), new ASN1Integer(2)}),
            new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.5"), new ASN1Integer(1), DERNull.INSTANCE
            }),
        };
        return new DERTaggedObject(true, BERTags.APPLICATION, 14, new DERSet(infos)).getEncoded(ASN1Encoding.DER);
    }

    @Test
    void dg1KeepsTheMrzAsText() {
        Dg1 dg1 = Dg1.parse(dg1());
        assertEquals(TD1, dg1.mrzText());
        assertEquals("Dg1[mrz=90 characters]", dg1.toString());
        assertEquals(LdsFileId.DG1, dg1.id());
    }

    @Test
    void dg2WithAGeneratedJpeg() {
        byte[] file = dg2();
        Dg2 dg2 = Dg2.parse(file);
        FaceImage image = dg2.images().get(0);
        assertEquals(ImageFormat.JPEG, image.format());
        assertEquals(0, image.imageDataType());
        assertEquals(1, image.faceImageType());
        assertEquals(2, image.width());
        assertEquals(2, image.height());
        assertArrayEquals(jpeg(), image.data());
        assertEquals(file.length - jpeg().length, image.dataOffset());
    }

    @Test
    void dg2WithSeveralImagesAndJpeg2000() {
        byte[] jp2 = concat(hex("0000000C6A5020200D0A870A"), new byte[20]);
        byte[] j2k = concat(hex("FF4FFF51"), new byte[10]);
        byte[] file = Vectors.dg2(
                facialRecord(face(640, 480, 1, 2, jp2), face(320, 240, 1, 0, j2k)),
                facialRecord(face(2, 2, 0, 0, jpeg())));
        List<FaceImage> images = Dg2.parse(file).images();
        assertEquals(3, images.size());
        assertEquals(ImageFormat.JPEG_2000, images.get(0).format());
        assertEquals(2, images.get(0).featurePointCount());
        assertEquals(640, images.get(0).width());
        assertEquals(480, images.get(0).height());
        assertArrayEquals(jp2, images.get(0).data());
        assertEquals(ImageFormat.JPEG_2000_CODESTREAM, images.get(1).format());
        assertTrue(images.get(1).format().jpeg2000());
        assertArrayEquals(j2k, images.get(1).data());
        assertEquals(ImageFormat.JPEG, images.get(2).format());
        assertEquals(ImageFormat.UNKNOWN, ImageFormat.detect(new byte[] {1, 2, 3}));
    }

    @Test
    void dg2WithConstructedDataBlockAndPaddingAfterTheRecord() {
        byte[] record = facialRecord(face(2, 2, 0, 0, jpeg()));
        byte[] header = tlv(0xA1, tlv(0x87, Vectors.u16(0x0101)));
        byte[] file = tlv(
                0x75,
                tlv(0x7F61, tlv(0x02, new byte[] {1}), tlv(0x7F60, header, tlv(0x7F2E, concat(record, new byte[3])))));
        // 7F2E, the constructed form, is read like 5F2E: its value bytes are the record. The three bytes
        // of padding make the record shorter than the block, which is accepted.
        assertEquals(1, Dg2.parse(file).images().size());
    }

    @Test
    void dg15WithGeneratedEcAndRsaKeys() throws GeneralSecurityException {
        PublicKey ec = ecKey();
        Dg15 dg15 = (Dg15) Lds.parse(dg15(ec));
        assertEquals("EC", dg15.algorithm());
        assertEquals("1.2.840.10045.2.1", dg15.algorithmOid());
        assertArrayEquals(ec.getEncoded(), dg15.subjectPublicKeyInfo());
        assertEquals(((ECPublicKey) ec).getW(), ((ECPublicKey) dg15.publicKey()).getW());
        PublicKey rsa = rsaKey();
        Dg15 rsaFile = Dg15.parse(dg15(rsa));
        assertEquals("RSA", rsaFile.algorithm());
        assertArrayEquals(rsa.getEncoded(), rsaFile.publicKey().getEncoded());
    }

    @Test
    void dg14WithEveryModelledSecurityInfo() throws IOException {
        SecurityInfos infos = Dg14.parse(dg14()).securityInfos();
        assertEquals(6, infos.all().size());
        ActiveAuthenticationInfo aa = infos.activeAuthenticationInfos().get(0);
        assertEquals("1.2.840.10045.4.3.2", aa.signatureAlgorithm());
        assertEquals("SHA256WITHECDSA", aa.signatureAlgorithmName());
        assertEquals(
                List.of(new ChipAuthenticationInfo("0.4.0.127.0.7.2.2.3.1.1", 1, Optional.of(BigInteger.valueOf(7)))),
                infos.chipAuthenticationInfos());
        assertEquals(
                "id-CA-DH-3DES-CBC-CBC", infos.chipAuthenticationInfos().get(0).protocolName());
        assertEquals(
                OptionalInt.of(0x011C),
                infos.terminalAuthenticationInfos().get(0).efCvcaFileId());
        PaceDomainParameterInfo domain = infos.paceDomainParameterInfos().get(0);
        assertEquals("id-PACE-ECDH-GM", domain.protocolName());
        assertEquals("1.2.840.10045.2.1", domain.algorithm());
        assertEquals(Optional.of(BigInteger.valueOf(3)), domain.parameterId());
        assertEquals(
                List.of(new PaceInfo(PaceProtocol.ECDH_IM_AES_CBC_CMAC_192, 2, OptionalInt.empty())),
                infos.paceInfos());
        assertEquals(
                "id-PACE-ECDH-IM-AES-CBC-CMAC-192", infos.paceInfos().get(0).protocolName());
        assertEquals(Optional.empty(), infos.paceInfos().get(0).domainParameters());
        UnknownSecurityInfo ri = infos.unknown().get(0);
        assertEquals("id-RI", ri.protocolName());
        assertArrayEquals(hex("300F060804007F00070202050201010500"), ri.encoded());
    }

    @Test
    void factoryRecognisesFilesByTag() throws Exception {
        assertInstanceOf(Dg1.class, Lds.parse(dg1()));
        assertInstanceOf(Dg2.class, Lds.parse(dg2()));
        assertInstanceOf(Dg13.class, Lds.parse(Dg13Test.full()));
        assertInstanceOf(Dg14.class, Lds.parse(dg14()));
        assertInstanceOf(Dg15.class, Lds.parse(dg15(ecKey())));
        byte[] sod = tlv(0x77, tlv(0x30, new byte[] {0x02, 0x01, 0x03}));
        LdsFile file = Lds.parse(sod);
        assertInstanceOf(UnparsedFile.class, file);
        assertEquals(LdsFileId.SOD, file.id());
        assertArrayEquals(sod, file.encoded());
        assertEquals("UnparsedFile[EF.SOD, 7 bytes]", file.toString());
        assertEquals(
                LdsFileId.DG11,
                Lds.parse(tlv(0x6B, tlv(0x5C, new byte[] {0x5F}))).id());
    }

    @Test
    void fileIdentifiers() {
        assertEquals(0x010D, LdsFileId.DG13.fileId());
        assertEquals(0x0D, LdsFileId.DG13.shortFileId());
        assertEquals(Optional.of(13), LdsFileId.DG13.dataGroupNumber());
        assertEquals(Optional.empty(), LdsFileId.SOD.dataGroupNumber());
        assertEquals(0x011C, LdsFileId.CARD_ACCESS.fileId());
        assertEquals(Optional.of(LdsFileId.DG2), LdsFileId.byTag(0x75));
        assertEquals(Optional.empty(), LdsFileId.byTag(0x71));
        assertEquals("EF.COM", LdsFileId.COM.displayName());
    }

    @Test
    void protocolTables() {
        assertEquals(19, PaceProtocol.values().length);
        for (PaceProtocol p : PaceProtocol.values()) {
            assertEquals(Optional.of(p), PaceProtocol.byOid(p.oid()));
            assertEquals(Optional.of(p.identifier()), SecurityProtocols.name(p.oid()));
        }
        assertEquals("0.4.0.127.0.7.2.2.4.1.1", PaceProtocol.DH_GM_3DES_CBC_CBC.oid());
        assertEquals("0.4.0.127.0.7.2.2.4.3.4", PaceProtocol.DH_IM_AES_CBC_CMAC_256.oid());
        assertEquals("0.4.0.127.0.7.2.2.4.6.4", PaceProtocol.ECDH_CAM_AES_CBC_CMAC_256.oid());
        assertEquals(Optional.empty(), PaceProtocol.byOid("0.4.0.127.0.7.2.2.4.6.1"));
        // BSI TR-03110 Part 3 A.2.1.1 Table 4, as ecsec/open-ecard maps it in
        // smartcard/eac-definitions/src/commonMain/kotlin/org/openecard/sc/pace/asn1/StandardizedDomainParameters.kt
        // (commit 3fa57ec885def6f4b7a6c3e53300a140dad9480c): 12 is NIST P-256, 13 brainpoolP256r1, 14 brainpoolP320r1.
        assertEquals(
                Optional.of("secp256r1"), StandardizedDomainParameters.byId(12).flatMap(p -> p.curveName()));
        assertEquals(
                Optional.of("brainpoolP256r1"),
                StandardizedDomainParameters.byId(13).flatMap(p -> p.curveName()));
        assertEquals(
                Optional.of("brainpoolP320r1"),
                StandardizedDomainParameters.byId(14).flatMap(p -> p.curveName()));
        assertEquals(
                Optional.of("secp521r1"), StandardizedDomainParameters.byId(18).flatMap(p -> p.curveName()));
        assertEquals(Optional.empty(), StandardizedDomainParameters.byId(0).flatMap(p -> p.curveName()));
        assertEquals(Optional.empty(), StandardizedDomainParameters.byId(3));
        assertEquals(Optional.empty(), StandardizedDomainParameters.byId(19));
        assertEquals(Optional.of("id-TA-ECDSA-SHA-256"), SecurityProtocols.name("0.4.0.127.0.7.2.2.2.2.3"));
        assertEquals(Optional.empty(), SecurityProtocols.name("1.2.3"));
    }
}
