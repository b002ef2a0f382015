package vn.smartcity.card.sod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.CardDataException;

/** Parsing published EF.SOD files; each vector file names its source in its header. */
class SodTest {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * BSI TR-03105-5 ReferenceDataSet EF_SOD.bin; expected values as asserted in ZeroPass/pymrtd
     * tests/ef/sod_test.py (test_sod, first vector).
     */
    @Test
    void bsiReferenceDataSet() {
        byte[] bytes = Vectors.bytes("bsi-tr03105-5-ef-sod.hex");
        Sod sod = Sod.parse(bytes);

        assertArrayEquals(bytes, sod.encoded());
        assertEquals(3, sod.signedData().version());
        assertEquals(List.of(DigestAlgorithm.SHA256.oid()), sod.signedData().digestAlgorithms());
        assertEquals(Sod.LDS_SECURITY_OBJECT, sod.signedData().contentType());
        assertEquals(0, sod.securityObjectVersion());
        assertEquals(Optional.empty(), sod.ldsVersion());
        assertEquals(DigestAlgorithm.SHA256, sod.digestAlgorithm());
        assertEquals(List.of(1, 2, 3, 4, 14), List.copyOf(sod.dataGroupHashes().keySet()));
        assertHash("4170CA879FCE6A22FFEF1567FF88079F415C66EAD250AB5F23781AC2CDBF42B6", sod, 1);
        assertHash("A9A1B09DFD598087AB3FCE4AE2EC65B1A1525BD258BFC27DF4419F8A65E54745", sod, 2);
        assertHash("403E4D17C26EBC832411898161D8FD5D99C58EE865CB3759B529AA782C7EDE00", sod, 3);
        assertHash("4C7A0F0DDAA473123834F1B0713ED9453D1D1D58BCE447FB1736D40A0761C17B", sod, 4);
        assertHash("CF5004FFCCD64E1A8BD3A42FD53814EC3D4481640BE1906D0ECFEB016EF6A6AE", sod, 14);

        assertEquals(1, sod.documentSignerCertificates().size());
        assertEquals(
                "CN=HJP PB DS, OU=Document Signer, O=HJP Consulting, C=DE",
                sod.documentSignerCertificates()
                        .get(0)
                        .getSubjectX500Principal()
                        .toString());
        assertEquals(
                BigInteger.valueOf(1387230198055L),
                sod.documentSignerCertificates().get(0).getSerialNumber());

        SignerInfo signer = sod.signerInfo();
        assertEquals(1, signer.version());
        assertEquals(
                "CN=HJP PB CS, OU=Country Signer, O=HJP Consulting, C=DE",
                signer.signerIdentifier().issuer().orElseThrow().toString());
        assertEquals(
                BigInteger.valueOf(1387230198055L),
                signer.signerIdentifier().serialNumber().orElseThrow());
        assertEquals(DigestAlgorithm.SHA256, signer.digestAlgorithm());
        assertEquals(
                SignatureAlgorithm.Family.RSA_PSS, signer.signatureAlgorithm().family());
        assertEquals("1.2.840.113549.1.1.10", signer.signatureAlgorithm().oid());
        assertEquals("SHA256withRSAandMGF1", signer.signatureAlgorithm().name());
        assertEquals(
                Optional.of(DigestAlgorithm.SHA256), signer.signatureAlgorithm().digestAlgorithm());
        assertEquals(
                List.of(SignedAttribute.CONTENT_TYPE, SignedAttribute.MESSAGE_DIGEST),
                signer.signedAttributes().stream().map(SignedAttribute::type).collect(Collectors.toList()));
        assertEquals(Optional.of(Sod.LDS_SECURITY_OBJECT), signer.contentType());
        assertEquals(
                "b46a0d05e280f398efeeebff67e78c736add15e75670b1ad4c6c534e8187b9d6",
                HEX.formatHex(signer.messageDigest().orElseThrow()));
        assertEquals(256, signer.signature().length);
        assertEquals("761106e9", HEX.formatHex(signer.signature(), 0, 4));
        assertEquals(0xA0, signer.encodedSignedAttributes().orElseThrow()[0] & 0xFF);
        assertEquals(0x31, signer.signedBytes().orElseThrow()[0] & 0xFF);
        assertTrue(sod.signedData().certificateOf(signer).isPresent());
        assertEquals("Sod[SHA-256, DG1 DG2 DG3 DG4 DG14, 1 certificate]", sod.toString());
    }

    /**
     * ETSI TR 103 200 prototype EF_SOD.bin; expected values as asserted in ZeroPass/pymrtd
     * tests/ef/sod_test.py (test_sod, second vector).
     */
    @Test
    void etsiPrototype() {
        Sod sod = Sod.parse(Vectors.bytes("etsi-tr103200-ef-sod.hex"));

        assertEquals(
                List.of(1, 2, 3, 4, 14, 15), List.copyOf(sod.dataGroupHashes().keySet()));
        assertHash("51B6FC0EF1946F3A86D2A4C9557C5D8ECFF13113B4131089C5C48BF7291FFDF5", sod, 1);
        assertHash("A1A7B2285B954DD053253C1D851709F6380731176CC9EB1123546439C704108A", sod, 14);
        assertHash("5265ECB286F406D93EC5B8965659D45450D8DA1A97575DEF4EFC7303C7408730", sod, 15);
        assertEquals(
                BigInteger.valueOf(1307891936062L),
                sod.signerInfo().signerIdentifier().serialNumber().orElseThrow());
        assertEquals(
                "b07b3583840a50f05e0b0ac5c8310629314b377d2f843fc82110a3b072be5227",
                HEX.formatHex(sod.signerInfo().messageDigest().orElseThrow()));
    }

    static Stream<Arguments> gmrtd() {
        // Expected DG1 and DG2 hashes and LDS versions as asserted in gmrtd/gmrtd document/sod_test.go
        // (TestNewSod).
        return Stream.of(
                Arguments.of(
                        "at",
                        "90462cd4824bc24ce1ce77e0e40da503b5f25063e61a78e22c3ac04e49b20243",
                        "113888bddfb89a94522959f3cf41007bb1241e2fdfa585d8f480317eb648215f",
                        "",
                        SignatureAlgorithm.Family.ECDSA),
                Arguments.of(
                        "de",
                        "2daffeb0f67656ae099fd655b32f7dc857c31073df9bc0af8c9cc783fb40cd9c3fe7503e07421f560ecd7a09b6133d4e",
                        "2c65a444298e8a7c1fe51ede7f2cdd9b8439597330fe142a1996984f841ed3840ee6fef3475336d29d94012149d96697",
                        "0108/040000",
                        SignatureAlgorithm.Family.ECDSA),
                Arguments.of(
                        "nz",
                        "c34b96088c91a4b07deec841d55a886b51e1c7afd79f058f42171fa498f95f24",
                        "c2bfb7e9b14ce960fe1ac3b455913624d1e1ed4ab92e6e2d20a69ec986116787",
                        "",
                        SignatureAlgorithm.Family.RSA_PKCS1_V1_5),
                Arguments.of(
                        "my",
                        "70d01631abbf347f1fb7ca0b7e8fe6468b84fae853cb7fab2a2e05ef1519c58c",
                        "470beea11e946390967f3521407a29e258179661d6857e8a7d87a5afe9f23cb4",
                        "",
                        SignatureAlgorithm.Family.RSA_PSS),
                Arguments.of(
                        "cn",
                        "8e3db602c52b6ddb7a64b51b8ac11fe180041e1ec0a99b15d13b23791db44cc2",
                        "e39ad777c0f39826cec30f736383c483110085ed0f2f3be68d05ca8083934de4",
                        "",
                        SignatureAlgorithm.Family.RSA_PKCS1_V1_5));
    }

    @ParameterizedTest(name = "gmrtd {0}")
    @MethodSource("gmrtd")
    void gmrtdSods(String country, String dg1, String dg2, String ldsVersion, SignatureAlgorithm.Family family) {
        Sod sod = Sod.parse(Vectors.sections("gmrtd-" + country + ".hex").get("sod"));

        assertEquals(dg1, HEX.formatHex(sod.dataGroupHash(1).orElseThrow()));
        assertEquals(dg2, HEX.formatHex(sod.dataGroupHash(2).orElseThrow()));
        assertEquals(
                ldsVersion,
                sod.ldsVersion()
                        .map(v -> v.ldsVersion() + "/" + v.unicodeVersion())
                        .orElse(""));
        assertEquals(ldsVersion.isEmpty() ? 0 : 1, sod.securityObjectVersion());
        assertEquals(family, sod.signerInfo().signatureAlgorithm().family());
        // The DSC is found for every signer, also MY's, whose SignerInfo names the issuer RDNs in another order.
        assertTrue(sod.signedData().certificateOf(sod.signerInfo()).isPresent());
    }

    @Test
    void idDataContentTypeIsAccepted() {
        // gmrtd's CN vector uses eContentType id-data instead of the LDS security object.
        Sod sod = Sod.parse(Vectors.sections("gmrtd-cn.hex").get("sod"));

        assertEquals(Sod.ID_DATA, sod.signedData().contentType());
        assertEquals(Optional.of(Sod.ID_DATA), sod.signerInfo().contentType());
    }

    @Test
    void berIndefiniteLengthsAreRead() {
        // gmrtd's NZ vector encodes ContentInfo, SignedData and encapContentInfo with indefinite lengths.
        byte[] bytes = Vectors.sections("gmrtd-nz.hex").get("sod");
        assertEquals(0x80, bytes[5] & 0xFF);

        Sod sod = Sod.parse(bytes);

        assertEquals(
                List.of(1, 2, 12, 13, 14, 15), List.copyOf(sod.dataGroupHashes().keySet()));
        assertEquals(1, sod.documentSignerCertificates().size());
        assertEquals("SHA256withRSA", sod.signerInfo().signatureAlgorithm().name());
        assertEquals(
                "1.2.840.113549.1.1.1", sod.signerInfo().signatureAlgorithm().oid());
    }

    @Test
    void hashesAreCopies() {
        Sod sod = Sod.parse(Vectors.bytes("bsi-tr03105-5-ef-sod.hex"));
        sod.dataGroupHash(1).orElseThrow()[0] = 0;
        sod.encoded()[0] = 0;

        assertHash("4170CA879FCE6A22FFEF1567FF88079F415C66EAD250AB5F23781AC2CDBF42B6", sod, 1);
        assertEquals(0x77, sod.encoded()[0]);
        assertThrows(
                UnsupportedOperationException.class, () -> sod.dataGroupHashes().put(5, new byte[32]));
    }

    /**
     * Malformed variants of the BSI vector. Offsets in that file: ContentInfo 4, its contentType
     * OID 8, eContentType OID 50 (last byte 57), LDSSecurityObject 64, its version 67 (value 69),
     * hashAlgorithm 70 (last OID byte 82), first DataGroupHash 88 (number TLV 90, value 92), second
     * DataGroupHash 127 (number value 131).
     */
    static Stream<Arguments> malformed() {
        byte[] bsi = Vectors.bytes("bsi-tr03105-5-ef-sod.hex");
        return Stream.of(
                Arguments.of("empty", new byte[0], 0, "no bytes"),
                Arguments.of(
                        "ContentInfo without tag 77",
                        Arrays.copyOfRange(bsi, 4, bsi.length),
                        0,
                        "expected EF.SOD (tag 77) but found tag 30"),
                Arguments.of(
                        "last byte missing",
                        Arrays.copyOf(bsi, bsi.length - 1),
                        0,
                        "length 1930 of tag 77 runs past the 1929 bytes available"),
                Arguments.of(
                        "a byte after the file",
                        Arrays.copyOf(bsi, bsi.length + 1),
                        1934,
                        "1 unexpected bytes after EF.SOD"),
                Arguments.of("five-byte length", with(bsi, 1, 0x85), 1, "length field of 5 bytes"),
                Arguments.of(
                        "ContentInfo of type data",
                        with(bsi, 18, 0x01),
                        8,
                        "content type 1.2.840.113549.1.7.1 is not signedData 1.2.840.113549.1.7.2"),
                Arguments.of(
                        "eContentType 2.23.136.1.1.5",
                        with(bsi, 57, 0x05),
                        4,
                        "eContentType 2.23.136.1.1.5 is not the LDS security object 2.23.136.1.1.1"),
                Arguments.of(
                        "LDSSecurityObject version 2",
                        with(bsi, 69, 0x02),
                        67,
                        "LDSSecurityObject version 2, expected 0 or 1"),
                Arguments.of(
                        "LDSSecurityObject version 1 without version info",
                        with(bsi, 69, 0x01),
                        64,
                        "LDSSecurityObject version 1 without LDSVersionInfo"),
                Arguments.of(
                        "unknown hash algorithm",
                        with(bsi, 82, 0x09),
                        70,
                        "LDSSecurityObject hashAlgorithm 2.16.840.1.101.3.4.2.9 is not SHA-1, SHA-224, SHA-256,"
                                + " SHA-384 or SHA-512"),
                Arguments.of("data group 17", with(bsi, 92, 0x11), 90, "data-group number 17, expected 1 to 16"),
                Arguments.of("DG1 twice", with(bsi, 131, 0x01), 127, "second hash for DG1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedSodIsRejectedWithItsOffset(String label, byte[] bytes, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> Sod.parse(bytes));

        assertEquals("EF.SOD", e.what());
        assertEquals(position, e.position(), e::getMessage);
        assertEquals("EF.SOD at " + position + ": " + message, e.getMessage());
    }

    @Test
    void certificateParseNamesWhatWasRead() {
        CardDataException e =
                assertThrows(CardDataException.class, () -> EncodedCertificate.parse(new byte[] {0x30, 0x00}, "x.cer"));

        assertEquals("x.cer at 0: Certificate has 0 elements, expected 3", e.getMessage());
    }

    private static byte[] with(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        copy[offset] = (byte) value;
        return copy;
    }

    private static void assertHash(String expected, Sod sod, int dataGroup) {
        assertEquals(
                expected.toLowerCase(java.util.Locale.ROOT),
                HEX.formatHex(sod.dataGroupHash(dataGroup).orElseThrow()));
    }
}
