package vn.smartcity.card.apdu;

import java.util.Arrays;
import vn.smartcity.card.CardDataException;

/**
 * An ISO/IEC 7816-4 response APDU: the response data (possibly none) followed by the two-byte
 * status word {@code SW1 SW2} ({@code 9000} for success). Immutable.
 */
public final class ResponseApdu {

    /** The status word of normal processing. */
    public static final int SW_SUCCESS = 0x9000;

    private final byte[] data;
    private final int sw;

    private ResponseApdu(byte[] data, int sw) {
        if (sw < 0 || sw > 0xFFFF) {
            throw new IllegalArgumentException("status word " + sw + " is not two bytes");
        }
        this.data = data;
        this.sw = sw;
    }

    /**
     * A response with data and a status word.
     *
     * @param data the response data, copied (may be empty)
     * @param sw the status word, such as {@code 0x9000}
     * @return the response
     */
    public static ResponseApdu of(byte[] data, int sw) {
        return new ResponseApdu(data.clone(), sw);
    }

    /**
     * A response with a status word only.
     *
     * @param sw the status word, such as {@code 0x6982}
     * @return the response
     */
    public static ResponseApdu of(int sw) {
        return new ResponseApdu(new byte[0], sw);
    }

    /**
     * Reads an encoded response (data followed by SW1 SW2).
     *
     * @param bytes the encoded response
     * @return the response
     * @throws CardDataException if fewer than two bytes are given
     */
    public static ResponseApdu parse(byte[] bytes) {
        int n = bytes.length;
        if (n < 2) {
            throw new CardDataException("response APDU", n, "expected at least the 2-byte status word, found " + n);
        }
        return new ResponseApdu(Arrays.copyOf(bytes, n - 2), ((bytes[n - 2] & 0xFF) << 8) | (bytes[n - 1] & 0xFF));
    }

    /**
     * The response data.
     *
     * @return a copy of the data bytes (empty when there are none)
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * The number of response data bytes.
     *
     * @return N<sub>r</sub>
     */
    public int dataLength() {
        return data.length;
    }

    /**
     * The status word.
     *
     * @return {@code SW1 << 8 | SW2}
     */
    public int sw() {
        return sw;
    }

    /**
     * The first status byte.
     *
     * @return SW1, 0..255
     */
    public int sw1() {
        return sw >> 8;
    }

    /**
     * The second status byte.
     *
     * @return SW2, 0..255
     */
    public int sw2() {
        return sw & 0xFF;
    }

    /**
     * Whether the card reported normal processing.
     *
     * @return {@code true} for {@code 9000}
     */
    public boolean isSuccess() {
        return sw == SW_SUCCESS;
    }

    /**
     * The encoded response: data followed by SW1 SW2.
     *
     * @return a new array
     */
    public byte[] toBytes() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ResponseApdu)) {
            return false;
        }
        ResponseApdu that = (ResponseApdu) other;
        return sw == that.sw && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * sw + Arrays.hashCode(data);
    }

    /** The status word and the data length; never the data. */
    @Override
    public String toString() {
        return String.format("ResponseApdu[SW=%04X, %d bytes]", sw, data.length);
    }
}
