package vn.smartcity.card.lds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * DG2, the encoded face (ICAO Doc 9303 Part 10): tag {@code 75} holding a Biometric
 * Information Group Template {@code 7F61} with the instance count ({@code 02}) and one Biometric
 * Information Template {@code 7F60} per instance, each with a Biometric Header Template {@code A1}
 * and a biometric data block {@code 5F2E} (or {@code 7F2E}). Each data block is an ISO/IEC
 * 19794-5:2005 facial record: the header {@code 'FAC\0'}, version {@code '010\0'}, record length
 * and number of images, then per image the facial information (20 bytes), its feature points (8
 * bytes each), the image information (12 bytes) and the image.
 *
 * <p>Every length is checked against the bytes present. A record length shorter than the data
 * block is accepted (the rest is taken as padding); one longer is not.
 */
public final class Dg2 implements LdsFile {

    private static final String WHAT = "DG2";
    private static final int BIT_GROUP = 0x7F61;
    private static final int BIT = 0x7F60;
    private static final int HEADER = 0xA1;
    private static final int BDB = 0x5F2E;
    private static final int BDB_CONSTRUCTED = 0x7F2E;
    private static final int RECORD_HEADER_LENGTH = 14;
    private static final int FACIAL_INFORMATION_LENGTH = 20;
    private static final int FEATURE_POINT_LENGTH = 8;
    private static final int IMAGE_INFORMATION_LENGTH = 12;

    private final byte[] raw;
    private final List<FaceImage> images;

    private Dg2(byte[] raw, List<FaceImage> images) {
        this.raw = raw;
        this.images = List.copyOf(images);
    }

    /**
     * Parses DG2.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is not a well-formed DG2 with ISO/IEC 19794-5 face records
     */
    public static Dg2 parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.DG2.tag(), WHAT);
        Tlv group = root.child(BIT_GROUP, "biometric information group template");
        List<Tlv> parts = group.children();
        if (parts.isEmpty() || parts.get(0).tag() != 0x02) {
            throw group.error("expected the instance count (tag 02) first in tag 7F61");
        }
        int count = parts.get(0).unsignedValue();
        if (count < 1 || count != parts.size() - 1) {
            throw parts.get(0)
                    .error("tag 7F61 announces " + count + " instances but holds " + (parts.size() - 1) + " elements");
        }
        List<FaceImage> images = new ArrayList<>();
        for (Tlv template : parts.subList(1, parts.size())) {
            template.expectTag(BIT, "biometric information template");
            template.child(HEADER, "biometric header template");
            Tlv block = template.findChild(BDB)
                    .or(() -> template.findChild(BDB_CONSTRUCTED))
                    .orElseThrow(
                            () -> template.error("expected tag 5F2E or 7F2E (biometric data block) inside tag 7F60"));
            facialRecord(raw, block.valueOffset(), block.valueLength(), images);
        }
        return new Dg2(raw, images);
    }

    /** Reads an ISO/IEC 19794-5:2005 facial record at {@code start} with {@code length} bytes. */
    private static void facialRecord(byte[] raw, int start, int length, List<FaceImage> images) {
        if (length < RECORD_HEADER_LENGTH) {
            throw new CardDataException(
                    WHAT,
                    start,
                    "facial record header needs " + RECORD_HEADER_LENGTH + " bytes, the data block has " + length);
        }
        if (raw[start] != 'F' || raw[start + 1] != 'A' || raw[start + 2] != 'C' || raw[start + 3] != 0) {
            throw new CardDataException(WHAT, start, "expected the ISO/IEC 19794-5 format identifier 'FAC\\0'");
        }
        if (raw[start + 4] != '0' || raw[start + 5] != '1' || raw[start + 6] != '0' || raw[start + 7] != 0) {
            throw new CardDataException(WHAT, start + 4, "expected ISO/IEC 19794-5 version '010\\0'");
        }
        long recordLength = u32(raw, start + 8);
        if (recordLength < RECORD_HEADER_LENGTH || recordLength > length) {
            throw new CardDataException(
                    WHAT,
                    start + 8,
                    "facial record length " + recordLength + " is outside " + RECORD_HEADER_LENGTH + " to " + length);
        }
        int imageCount = u16(raw, start + 12);
        if (imageCount == 0) {
            throw new CardDataException(WHAT, start + 12, "facial record holds no images");
        }
        int end = start + (int) recordLength;
        int pos = start + RECORD_HEADER_LENGTH;
        for (int i = 0; i < imageCount; i++) {
            if (end - pos < FACIAL_INFORMATION_LENGTH) {
                throw new CardDataException(
                        WHAT,
                        pos,
                        "facial information of image " + (i + 1) + " needs " + FACIAL_INFORMATION_LENGTH + " bytes, "
                                + (end - pos) + " left");
            }
            long blockLength = u32(raw, pos);
            int featurePoints = u16(raw, pos + 4);
            long needed = FACIAL_INFORMATION_LENGTH
                    + (long) featurePoints * FEATURE_POINT_LENGTH
                    + IMAGE_INFORMATION_LENGTH
                    + 1;
            if (blockLength < needed || blockLength > end - pos) {
                throw new CardDataException(
                        WHAT,
                        pos,
                        "facial record data length " + blockLength + " is outside " + needed + " to " + (end - pos));
            }
            int info = pos + FACIAL_INFORMATION_LENGTH + featurePoints * FEATURE_POINT_LENGTH;
            int dataOffset = info + IMAGE_INFORMATION_LENGTH;
            images.add(new FaceImage(
                    raw,
                    dataOffset,
                    pos + (int) blockLength - dataOffset,
                    u16(raw, info + 2),
                    u16(raw, info + 4),
                    raw[info + 1] & 0xFF,
                    raw[info] & 0xFF,
                    featurePoints));
            pos += (int) blockLength;
        }
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i) {
        return ((long) u16(b, i) << 16) | u16(b, i + 2);
    }

    /**
     * The face images of all instances, in order.
     *
     * @return at least one image
     */
    public List<FaceImage> images() {
        return images;
    }

    /**
     * DG2.
     *
     * @return {@link LdsFileId#DG2}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.DG2;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for a DG2 with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dg2 && Arrays.equals(raw, ((Dg2) o).raw);
    }

    /**
     * A hash of the bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    /**
     * The images' formats and sizes; a face is personal data and is not shown.
     *
     * @return such as {@code Dg2[FaceImage[JPEG, 148x70, 5099 bytes]]}
     */
    @Override
    public String toString() {
        return "Dg2" + images;
    }
}
