package vn.smartcity.card.lds;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.smartcity.card.lds.Vectors.hex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/**
 * Deterministic fuzzing (fixed seeds): random bytes, every truncation and thousands of mutations of
 * every valid file used in the other tests, through {@link Lds#parse(byte[])} and every accessor of
 * what it returns. The only exception allowed is {@link CardDataException}, with a position inside
 * the input.
 */
class FuzzTest {

    private static final int MUTATIONS_PER_FILE = 3_000;
    private static final byte[] INTERESTING = {
        0x00,
        0x01,
        0x02,
        0x04,
        0x06,
        0x0C,
        0x13,
        0x1F,
        0x30,
        0x31,
        0x5F,
        0x7F,
        (byte) 0x80,
        (byte) 0x81,
        (byte) 0x82,
        (byte) 0x83,
        (byte) 0x84,
        (byte) 0x85,
        (byte) 0xFF
    };

    static List<byte[]> validFiles() throws Exception {
        List<byte[]> files = new ArrayList<>();
        files.add(hex(PublishedVectorsTest.EF_COM));
        files.add(hex(PublishedVectorsTest.DG1_TD2));
        files.add(PublishedVectorsTest.dg2());
        files.add(hex(PublishedVectorsTest.CARD_ACCESS_PACE_GM));
        files.add(hex(PublishedVectorsTest.CARD_ACCESS_DE));
        files.add(hex(PublishedVectorsTest.CARD_SECURITY_DE));
        files.add(hex(PublishedVectorsTest.EF_DIR_INFO));
        files.add(hex(PublishedVectorsTest.DG14));
        files.add(hex(PublishedVectorsTest.DG14_AT));
        files.add(hex(PublishedVectorsTest.DG14_MY));
        files.add(hex(PublishedVectorsTest.DG15));
        files.add(SyntheticFilesTest.dg1());
        files.add(SyntheticFilesTest.dg2());
        files.add(Vectors.dg2(Vectors.facialRecord(
                Vectors.face(4, 4, 1, 2, hex("0000000C6A5020200D0A870A00")),
                Vectors.face(2, 2, 0, 0, new byte[] {1}))));
        files.add(SyntheticFilesTest.dg14());
        files.add(SyntheticFilesTest.dg15(SyntheticFilesTest.ecKey()));
        files.add(Dg13Test.full());
        files.add(Dg13Test.dg13(
                Dg13Test.field(12, Dg13Test.utf8("Không thời hạn")),
                Dg13Test.field(
                        13, new DERSequence(new ASN1Encodable[] {Dg13Test.utf8("A"), new DERPrintableString("B")})),
                Dg13Test.field(14, new DERSequence()),
                Dg13Test.field(7, new ASN1Integer(5))));
        return files;
    }

    @Test
    void everyValidFileParses() throws Exception {
        for (byte[] file : validFiles()) {
            touch(Lds.parse(file));
        }
    }

    @Test
    void truncationsFailOnlyWithCardDataException() throws Exception {
        for (byte[] file : validFiles()) {
            for (int length = 0; length < file.length; length++) {
                check(Arrays.copyOf(file, length));
            }
        }
    }

    @Test
    void mutationsFailOnlyWithCardDataException() throws Exception {
        Random random = new Random(0x1D5_C0DEL);
        for (byte[] file : validFiles()) {
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                check(mutate(file, random));
            }
        }
    }

    @Test
    void randomBytesFailOnlyWithCardDataException() {
        Random random = new Random(0x5EEDL);
        byte[] tags = hex("31 60 61 6D 6E 6F 75 77 6B 30");
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(96)];
            random.nextBytes(data);
            if (data.length > 0 && random.nextInt(4) > 0) {
                data[0] = tags[random.nextInt(tags.length)];
            }
            check(data);
        }
    }

    private static byte[] mutate(byte[] file, Random random) {
        byte[] data = file.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && data.length > 0; r++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(6)) {
                case 0:
                    data[at] = (byte) random.nextInt(256);
                    break;
                case 1:
                    data[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    break;
                case 2:
                    data[at] = (byte) (data[at] + (random.nextBoolean() ? 1 : -1));
                    break;
                case 3: {
                    byte[] longer = new byte[data.length + 1];
                    System.arraycopy(data, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(data, at, longer, at + 1, data.length - at);
                    data = longer;
                    break;
                }
                case 4: {
                    byte[] shorter = new byte[data.length - 1];
                    System.arraycopy(data, 0, shorter, 0, at);
                    System.arraycopy(data, at + 1, shorter, at, data.length - at - 1);
                    data = shorter;
                    break;
                }
                default: {
                    int length = Math.min(1 + random.nextInt(8), data.length - at);
                    byte[] copy = new byte[data.length + length];
                    System.arraycopy(data, 0, copy, 0, at + length);
                    System.arraycopy(data, at, copy, at + length, data.length - at);
                    data = copy;
                    break;
                }
            }
        }
        return data;
    }

    private static void check(byte[] data) {
        try {
            touch(Lds.parse(data));
        } catch (CardDataException e) {
            assertTrue(e.position() >= -1 && e.position() <= data.length, e.getMessage() + " for " + Vectors.hex(data));
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for " + Vectors.hex(data), e);
        }
    }

    /** Calls every accessor, so nothing fails later than the parse. */
    private static void touch(LdsFile file) {
        file.encoded();
        file.toString();
        file.hashCode();
        if (file instanceof EfCom) {
            EfCom com = (EfCom) file;
            com.dataGroups();
            com.ldsVersion();
        } else if (file instanceof Dg1) {
            ((Dg1) file).mrzText();
        } else if (file instanceof Dg2) {
            for (FaceImage image : ((Dg2) file).images()) {
                image.data();
                image.format();
                image.toString();
            }
        } else if (file instanceof Dg13) {
            Dg13 dg13 = (Dg13) file;
            dg13.idNumber();
            dg13.fullName();
            dg13.dateOfBirth();
            dg13.gender();
            dg13.nationality();
            dg13.ethnicity();
            dg13.religion();
            dg13.placeOfOrigin();
            dg13.placeOfResidence();
            dg13.identifyingFeatures();
            dg13.dateOfIssue();
            dg13.dateOfExpiry();
            dg13.noExpiry();
            dg13.fatherName();
            dg13.motherName();
            dg13.spouseName();
            dg13.oldIdNumber();
            for (Dg13Field field : dg13.fields().values()) {
                field.encoded();
                field.valueEncoded();
                field.texts();
            }
        } else if (file instanceof Dg14) {
            touch(((Dg14) file).securityInfos());
        } else if (file instanceof EfCardAccess) {
            touch(((EfCardAccess) file).securityInfos());
        } else if (file instanceof Dg15) {
            ((Dg15) file).publicKey().getEncoded();
        }
    }

    private static void touch(SecurityInfos infos) {
        infos.toString();
        for (SecurityInfo info : infos.all()) {
            info.protocolName();
            if (info instanceof PaceInfo) {
                ((PaceInfo) info).domainParameters();
            } else if (info instanceof ChipAuthenticationPublicKeyInfo) {
                ((ChipAuthenticationPublicKeyInfo) info).standardizedDomainParameters();
                ((ChipAuthenticationPublicKeyInfo) info).publicKeyData();
            } else if (info instanceof ActiveAuthenticationInfo) {
                ((ActiveAuthenticationInfo) info).signatureAlgorithmName();
            }
        }
    }
}
