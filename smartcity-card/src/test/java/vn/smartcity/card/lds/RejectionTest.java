package vn.smartcity.card.lds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.smartcity.card.lds.Vectors.concat;
import static vn.smartcity.card.lds.Vectors.face;
import static vn.smartcity.card.lds.Vectors.facialRecord;
import static vn.smartcity.card.lds.Vectors.hex;
import static vn.smartcity.card.lds.Vectors.tlv;
import static vn.smartcity.card.lds.Vectors.u16;

import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/**
 * Malformed files: each is rejected with a {@link CardDataException} naming the file, the byte
 * offset and what was expected. Inputs marked gmrtd are the negative cases of gmrtd/gmrtd's tests
 * (document/*_test.go, commit 7f23b50ad912f10364f66ddc3423683cfc18e134); the rest are synthetic.
 */
class RejectionTest {

    private static void assertRejected(
            Function<byte[], ?> parser, byte[] file, String what, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> parser.apply(file));
        assertEquals(what, e.what());
        assertEquals(position, e.position(), e.getMessage());
        assertEquals(what + " at " + position + ": " + message, e.getMessage());
    }

    @Test
    void efCom() {
        // gmrtd document/com_test.go: 5F01 of 5 bytes, 5F36 of 5 bytes, wrong root tag.
        assertRejected(
                EfCom::parse,
                hex("60155F010530313036305F36063034303030305C026175"),
                "EF.COM",
                2,
                "LDS version has 5 bytes, expected 4 digits");
        assertRejected(
                EfCom::parse,
                hex("60135F0104303130365F360534303030305C026175"),
                "EF.COM",
                9,
                "Unicode version has 5 bytes, expected 6 digits");
        assertRejected(EfCom::parse, hex("55021234"), "EF.COM", 0, "expected tag 60 (EF.COM), found 55");
        assertRejected(
                EfCom::parse,
                hex("60105F0104303130365F3606303430303030"),
                "EF.COM",
                0,
                "expected tag 5C (tag list) inside tag 60");
        assertRejected(
                EfCom::parse,
                hex("60145F0104303141365F36063034303030305C026175"),
                "EF.COM",
                7,
                "LDS version must be digits");
        assertRejected(
                EfCom::parse,
                hex("601B5F0104303130365F0104303130365F36063034303030305C026175"),
                "EF.COM",
                9,
                "tag 5F01 appears twice");
    }

    @Test
    void dg1() {
        // gmrtd document/dg1_test.go (TestNewDG1UnhappyTag5F1F): no 5F1F under 61.
        assertRejected(Dg1::parse, hex("6109010212340203123456"), "DG1", 0, "expected tag 5F1F (MRZ) inside tag 61");
        assertRejected(Dg1::parse, hex("61065F1F03410A42"), "DG1", 6, "MRZ byte is not printable ASCII");
        assertRejected(Dg1::parse, hex("61035F1F00"), "DG1", 2, "the MRZ is empty");
        assertRejected(Dg1::parse, hex("61035F1F0041"), "DG1", 5, "1 bytes follow the element with tag 61");
        // gmrtd document/dg1_test.go (TestNewDG1UnhappyRootTag).
        assertRejected(Dg1::parse, hex("01021234"), "DG1", 0, "expected tag 61 (DG1), found 01");
    }

    @Test
    void dg2() {
        byte[] record = facialRecord(face(2, 2, 0, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        byte[] good = Vectors.dg2(record);
        int start = indexOf(good, new byte[] {'F', 'A', 'C', 0});

        assertRejected(Dg2::parse, hex("01021234"), "DG2", 0, "expected tag 75 (DG2), found 01");
        assertRejected(
                Dg2::parse,
                tlv(0x75, tlv(0x7F60)),
                "DG2",
                0,
                "expected tag 7F61 (biometric information group template) inside tag 75");
        assertRejected(
                Dg2::parse,
                tlv(0x75, tlv(0x7F61, tlv(0x7F60))),
                "DG2",
                2,
                "expected the instance count (tag 02) first in tag 7F61");
        assertRejected(
                Dg2::parse,
                tlv(0x75, tlv(0x7F61, tlv(0x02, new byte[] {2}), tlv(0x7F60, tlv(0xA1), tlv(0x5F2E, record)))),
                "DG2",
                5,
                "tag 7F61 announces 2 instances but holds 1 elements");
        assertRejected(
                Dg2::parse,
                tlv(0x75, tlv(0x7F61, tlv(0x02, new byte[] {1}), tlv(0x7F60, tlv(0x5F2E, record)))),
                "DG2",
                8,
                "expected tag A1 (biometric header template) inside tag 7F60");
        assertRejected(
                Dg2::parse,
                tlv(0x75, tlv(0x7F61, tlv(0x02, new byte[] {1}), tlv(0x7F60, tlv(0xA1)))),
                "DG2",
                8,
                "expected tag 5F2E or 7F2E (biometric data block) inside tag 7F60");

        assertRejected(
                Dg2::parse,
                patch(good, start, 'G'),
                "DG2",
                start,
                "expected the ISO/IEC 19794-5 format identifier 'FAC\\0'");
        assertRejected(
                Dg2::parse, patch(good, start + 5, '3'), "DG2", start + 4, "expected ISO/IEC 19794-5 version '010\\0'");
        int recordLength = record.length;
        assertRejected(
                Dg2::parse,
                patch(good, start + 11, recordLength + 1),
                "DG2",
                start + 8,
                "facial record length " + (recordLength + 1) + " is outside 14 to " + recordLength);
        assertRejected(
                Dg2::parse,
                concat(Arrays.copyOf(good, start + 12), u16(0), Arrays.copyOfRange(good, start + 14, good.length)),
                "DG2",
                start + 12,
                "facial record holds no images");
        int faceStart = start + 14;
        int faceLength = recordLength - 14;
        assertRejected(
                Dg2::parse,
                patch(good, faceStart + 3, faceLength + 1),
                "DG2",
                faceStart,
                "facial record data length " + (faceLength + 1) + " is outside 33 to " + faceLength);
        assertRejected(
                Dg2::parse,
                patch(good, faceStart + 3, 32),
                "DG2",
                faceStart,
                "facial record data length 32 is outside 33 to " + faceLength);
        // Two images announced, one present.
        assertRejected(
                Dg2::parse,
                patch(good, start + 13, 2),
                "DG2",
                start + 14 + faceLength,
                "facial information of image 2 needs 20 bytes, 0 left");
        assertRejected(
                Dg2::parse,
                Vectors.dg2(Arrays.copyOf(record, 10)),
                "DG2",
                start,
                "facial record header needs 14 bytes, the data block has 10");
    }

    @Test
    void dg14() {
        // gmrtd document/dg14_test.go: tag 6E with an OID where the SET belongs; wrong root tag; bad TLV.
        assertRejected(
                Dg14::parse, hex("6E03060101"), "DG14", 2, "expected SET OF SecurityInfo (tag 31), found tag 06");
        assertRejected(Dg14::parse, hex("01021234"), "DG14", 0, "expected tag 6E (DG14), found 01");
        assertRejected(Dg14::parse, hex("02101234"), "DG14", 1, "length 16 of tag 02 exceeds the 2 bytes left");
        assertRejected(Dg14::parse, hex("6E023100"), "DG14", 2, "the SET OF SecurityInfo is empty");
        assertRejected(
                Dg14::parse,
                hex("6E0A 3100 3106300406020400"),
                "DG14",
                0,
                "expected one SET OF SecurityInfo inside tag 6E, found 2 elements");
    }

    @Test
    void securityInfos() {
        Function<byte[], SecurityInfos> parse = b -> SecurityInfos.parse(b, "EF.CardAccess");
        // gmrtd document/security_infos_test.go: a parameterId whose length runs past its SEQUENCE.
        assertRejected(
                parse,
                hex("31143012060A04007F0007020204020202010202020D"),
                "EF.CardAccess",
                20,
                "length 2 of tag 02 exceeds the 1 bytes left");
        // gmrtd document/security_infos_test.go: an ActiveAuthenticationInfo OID one byte too long.
        assertRejected(
                parse,
                hex("311930170606678108010105020101060B04007F00070101040105"),
                "EF.CardAccess",
                16,
                "length 11 of tag 06 exceeds the 10 bytes left");
        assertRejected(
                parse,
                hex("31053003020101"),
                "EF.CardAccess",
                4,
                "expected SecurityInfo protocol (tag 06), found tag 02");
        assertRejected(
                parse,
                hex("3108300606 0404007F00".replace(" ", "")),
                "EF.CardAccess",
                2,
                "SecurityInfo 0.4.0.127.0 has no requiredData");
        assertRejected(
                parse,
                hex("310430020500"),
                "EF.CardAccess",
                4,
                "expected SecurityInfo protocol (tag 06), found tag 05");
        assertRejected(parse, hex("31023000"), "EF.CardAccess", 2, "SecurityInfo is empty, expected a protocol OID");
        assertRejected(
                parse, hex("3105300306 0180".replace(" ", "")), "EF.CardAccess", 4, "malformed SecurityInfo protocol");
        byte[] pace = hex("060A04007F00070202040202");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pace, hex("020102 02010D 020101"))),
                "EF.CardAccess",
                2,
                "PACEInfo has 4 elements, expected at most 3");
        assertRejected(
                parse, tlv(0x31, tlv(0x30, pace, hex("02020002"))), "EF.CardAccess", 16, "malformed PACEInfo version");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pace, hex("020180"))),
                "EF.CardAccess",
                16,
                "PACEInfo version must be 0 to 2147483647");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pace, hex("040102"))),
                "EF.CardAccess",
                16,
                "expected PACEInfo version (tag 02), found tag 04");
        assertRejected(
                parse,
                hex("3110 300E 0606678108010105 020101 020101".replace(" ", "")),
                "EF.CardAccess",
                15,
                "expected ActiveAuthenticationInfo signatureAlgorithm (tag 06), found tag 02");
        assertRejected(
                parse,
                hex("310D 300B 0606678108010105 020101".replace(" ", "")),
                "EF.CardAccess",
                2,
                "ActiveAuthenticationInfo has 2 elements, expected 3");
        byte[] pk = hex("060904007F0007020201 02");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pk, tlv(0x30, hex("020101")))),
                "EF.CardAccess",
                15,
                "malformed SubjectPublicKeyInfo");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pk, tlv(0x30, tlv(0x30, hex("060404007F00")), hex("0300")))),
                "EF.CardAccess",
                15,
                "malformed SubjectPublicKeyInfo");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, pk, tlv(0x30, tlv(0x30, hex("060704007F00070102 0500")), hex("0304 00040102")))),
                "EF.CardAccess",
                15,
                "standardizedDomainParameters without an INTEGER parameter identifier");
        assertRejected(
                parse,
                tlv(0x31, tlv(0x30, hex("060804007F0007020202 020101"), tlv(0x30, hex("040101")))),
                "EF.CardAccess",
                19,
                "efCVCA fid has 1 bytes, expected 2");
        assertRejected(parse, hex("3000"), "EF.CardAccess", 0, "expected SET OF SecurityInfo (tag 31), found tag 30");
    }

    @Test
    void efCardAccess() {
        // gmrtd document/card_access_test.go (TestNewCardAccessUnhappyBadData).
        assertRejected(
                EfCardAccess::parse, hex("0608"), "EF.CardAccess", 1, "length 8 of tag 06 exceeds the 0 bytes left");
        assertRejected(EfCardAccess::parse, hex(""), "EF.CardAccess", 0, "expected a TLV element, found no bytes");
    }

    @Test
    void dg15() throws Exception {
        // gmrtd document/dg15_test.go: bad TLV, wrong root tag.
        assertRejected(Dg15::parse, hex("02101234"), "DG15", 1, "length 16 of tag 02 exceeds the 2 bytes left");
        assertRejected(Dg15::parse, hex("01021234"), "DG15", 0, "expected tag 6F (DG15), found 01");
        assertRejected(
                Dg15::parse,
                hex("6F043000 3000".replace(" ", "")),
                "DG15",
                0,
                "expected one SubjectPublicKeyInfo inside tag 6F, found 2 elements");
        assertRejected(
                Dg15::parse, hex("6F03020101"), "DG15", 2, "expected SubjectPublicKeyInfo (tag 30), found tag 02");
        assertRejected(Dg15::parse, hex("6F023000"), "DG15", 2, "malformed SubjectPublicKeyInfo");
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(1024);
        byte[] dsaKey = dsa.generateKeyPair().getPublic().getEncoded();
        assertRejected(
                Dg15::parse,
                tlv(0x6F, dsaKey),
                "DG15",
                4,
                "public key algorithm 1.2.840.10040.4.1 is neither RSA nor EC");
        // A P-256 key whose point is not on the curve.
        byte[] point = new byte[65];
        point[0] = 4;
        point[64] = 1;
        byte[] spki = tlv(
                0x30,
                tlv(0x30, hex("06072A8648CE3D0201"), hex("06082A8648CE3D030107")),
                tlv(0x03, concat(new byte[] {0}, point)));
        assertRejected(Dg15::parse, tlv(0x6F, spki), "DG15", 2, "invalid EC public key");
    }

    @Test
    void factory() {
        assertRejected(Lds::parse, hex("7100"), "LDS file", 0, "tag 71 starts no LDS file");
        assertRejected(Lds::parse, hex("6100 00"), "LDS file", 2, "1 bytes follow the element with tag 61");
        assertRejected(Lds::parse, hex("6103020101"), "DG1", 0, "expected tag 5F1F (MRZ) inside tag 61");
    }

    private static byte[] patch(byte[] data, int index, int value) {
        byte[] copy = data.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("pattern not found");
    }
}
