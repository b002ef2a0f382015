package vn.smartcity.card.lds;

/** The encoding of a face image, told by its first bytes rather than by the header's claim. */
public enum ImageFormat {
    /** JPEG (ISO/IEC 10918): starts with {@code FF D8 FF}. */
    JPEG,
    /**
     * JPEG 2000 in the JP2 file format (ISO/IEC 15444-1 Annex I): starts with the signature box
     * {@code 00 00 00 0C 6A 50 20 20 0D 0A 87 0A}.
     */
    JPEG_2000,
    /** A bare JPEG 2000 codestream: starts with SOC and SIZ markers {@code FF 4F FF 51}. */
    JPEG_2000_CODESTREAM,
    /** None of the above. */
    UNKNOWN;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] JP2_MAGIC = {
        0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, (byte) 0x87, 0x0A
    };
    private static final byte[] J2K_MAGIC = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

    /**
     * Whether this is JPEG 2000 in either form.
     *
     * @return {@code true} for {@link #JPEG_2000} and {@link #JPEG_2000_CODESTREAM}
     */
    public boolean jpeg2000() {
        return this == JPEG_2000 || this == JPEG_2000_CODESTREAM;
    }

    /**
     * Recognises an image by its first bytes.
     *
     * @param data the image
     * @return the format, or {@link #UNKNOWN}
     */
    public static ImageFormat detect(byte[] data) {
        return detect(data, 0, data.length);
    }

    static ImageFormat detect(byte[] data, int offset, int length) {
        if (startsWith(data, offset, length, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(data, offset, length, JP2_MAGIC)) {
            return JPEG_2000;
        }
        if (startsWith(data, offset, length, J2K_MAGIC)) {
            return JPEG_2000_CODESTREAM;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] data, int offset, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
