package vn.smartcity.card.lds;

import java.util.Arrays;

/**
 * One face image of DG2 with the facts its ISO/IEC 19794-5:2005 record states: the image
 * information block (face image type, image data type, width, height) and the number of feature
 * points. The image bytes are copied on request.
 */
public final class FaceImage {

    private final byte[] source;
    private final int dataOffset;
    private final int dataLength;
    private final int width;
    private final int height;
    private final int imageDataType;
    private final int faceImageType;
    private final int featurePointCount;
    private final ImageFormat format;

    FaceImage(
            byte[] source,
            int dataOffset,
            int dataLength,
            int width,
            int height,
            int imageDataType,
            int faceImageType,
            int featurePointCount) {
        this.source = source;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.width = width;
        this.height = height;
        this.imageDataType = imageDataType;
        this.faceImageType = faceImageType;
        this.featurePointCount = featurePointCount;
        this.format = ImageFormat.detect(source, dataOffset, dataLength);
    }

    /**
     * The image's encoding, told by its first bytes.
     *
     * @return JPEG, JPEG 2000 or unknown
     */
    public ImageFormat format() {
        return format;
    }

    /**
     * The image data type the record claims: {@code 0} JPEG, {@code 1}
     * JPEG 2000. Cards do not always get it right; {@link #format()} looks at the bytes.
     *
     * @return the byte as stored
     */
    public int imageDataType() {
        return imageDataType;
    }

    /**
     * The face image type: {@code 0} basic, {@code 1} full frontal,
     * {@code 2} token frontal.
     *
     * @return the byte as stored
     */
    public int faceImageType() {
        return faceImageType;
    }

    /**
     * The width the record states.
     *
     * @return pixels
     */
    public int width() {
        return width;
    }

    /**
     * The height the record states.
     *
     * @return pixels
     */
    public int height() {
        return height;
    }

    /**
     * How many feature points precede the image information.
     *
     * @return the count
     */
    public int featurePointCount() {
        return featurePointCount;
    }

    /**
     * Where the image starts in DG2.
     *
     * @return the byte offset from the start of the file
     */
    public int dataOffset() {
        return dataOffset;
    }

    /**
     * The image's size.
     *
     * @return bytes
     */
    public int dataLength() {
        return dataLength;
    }

    /**
     * The image: a JPEG or JPEG 2000 file to hand to a decoder.
     *
     * @return a copy of the bytes
     */
    public byte[] data() {
        return Arrays.copyOfRange(source, dataOffset, dataOffset + dataLength);
    }

    /**
     * The format and size; the image itself is not shown.
     *
     * @return such as {@code FaceImage[JPEG, 148x70, 5099 bytes]}
     */
    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + width + "x" + height + ", " + dataLength + " bytes]";
    }
}
