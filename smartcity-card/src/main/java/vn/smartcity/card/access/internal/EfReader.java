package vn.smartcity.card.access.internal;

import java.util.Arrays;
import java.util.Objects;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * Reads a transparent elementary file (ICAO Doc 9303 Part 10, section 3.6; ISO/IEC 7816-4, sections
 * 11.1.1 and 11.2.3): SELECT by file identifier ({@code P1 = 02, P2 = 0C}) or a first READ BINARY
 * with a short file identifier, then READ BINARY of the first bytes to learn the BER-TLV length,
 * then the rest in chunks. Offsets from {@code 8000} on use the odd INS {@code B1} with the offset
 * in DO'54' and the data in DO'53'.
 *
 * <p>The file grows as bytes arrive, never by the length the file claims, and a file longer than
 * {@link #MAX_FILE} is refused.
 */
public final class EfReader {

    /**
     * The chunk of a short READ BINARY under secure messaging: 223 bytes, so that the protected
     * response (DO'87' with padding, DO'99', DO'8E') fits in 256 bytes.
     */
    public static final int SHORT_CHUNK = 0xDF;

    /** The chunk of an extended-length READ BINARY. */
    public static final int EXTENDED_CHUNK = 0x1000;

    /** The largest file read: 1 MiB (a CCCD's face image is some 20 KB). */
    public static final int MAX_FILE = 1 << 20;

    private static final int HEADER_READ = 6;
    private static final int DO53_OVERHEAD = 16;

    /** Told how far a file has been read. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Bytes have arrived.
         *
         * @param read the bytes read so far
         * @param total the file's length
         */
        void bytesRead(int read, int total);
    }

    private final ApduTransport transport;
    private final int chunk;

    /**
     * A reader over a transport.
     *
     * @param transport the transport, usually with secure messaging
     * @param chunk the largest number of bytes one READ BINARY asks for
     */
    public EfReader(ApduTransport transport, int chunk) {
        this.transport = Objects.requireNonNull(transport, "transport");
        if (chunk < 16 || chunk > EXTENDED_CHUNK) {
            throw new IllegalArgumentException("chunk " + chunk + " is outside 16.." + EXTENDED_CHUNK);
        }
        this.chunk = chunk;
    }

    /**
     * The chunk for a transport: {@link #EXTENDED_CHUNK} when it supports extended length, {@link
     * #SHORT_CHUNK} otherwise.
     *
     * @param transport the transport
     * @return a reader
     */
    public static EfReader forTransport(ApduTransport transport) {
        return new EfReader(transport, transport.supportsExtendedLength() ? EXTENDED_CHUNK : SHORT_CHUNK);
    }

    /**
     * Selects a file by its identifier ({@code 00 A4 02 0C 02 FID}).
     *
     * @param fileId such as {@code 0x011E}
     * @throws StatusWordException if the chip answers other than {@code 9000}
     */
    public void select(int fileId) {
        ResponseApdu response = transport.transmit(
                CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fileId >> 8), (byte) fileId}));
        if (!response.isSuccess()) {
            throw new StatusWordException(String.format("SELECT EF %04X", fileId), response.sw());
        }
    }

    /**
     * Selects a file and reads it whole.
     *
     * @param fileId the file identifier
     * @param what the file's name for messages, such as {@code DG13}
     * @param progress told as bytes arrive
     * @return the file: one BER-TLV element
     * @throws StatusWordException if the chip refuses the SELECT or a READ BINARY
     * @throws CardDataException if the file's length is malformed or too large, or the chip returns
     *     fewer bytes than the file claims
     */
    public byte[] read(int fileId, String what, Progress progress) {
        select(fileId);
        return readCurrent(-1, what, progress);
    }

    /**
     * Reads a file whole with a first READ BINARY by short file identifier ({@code P1 = 80 | SFI}),
     * which also selects it.
     *
     * @param shortFileId such as {@code 0x1C} for EF.CardAccess
     * @param what the file's name for messages
     * @param progress told as bytes arrive
     * @return the file
     * @throws StatusWordException if the chip refuses a READ BINARY
     * @throws CardDataException if the file's length is malformed or too large
     */
    public byte[] readByShortFileId(int shortFileId, String what, Progress progress) {
        return readCurrent(shortFileId, what, progress);
    }

    private byte[] readCurrent(int shortFileId, String what, Progress progress) {
        byte[] head = shortFileId >= 0
                ? readBinary(0x80 | shortFileId, 0, HEADER_READ, what)
                : readBinaryAt(0, HEADER_READ, what);
        int total = totalLength(head, what);
        if (total > MAX_FILE) {
            throw new CardDataException(
                    what, 0, "the file claims " + total + " bytes; at most " + MAX_FILE + " are read");
        }
        byte[] file = Arrays.copyOf(head, Math.min(total, Math.max(head.length, 0x2000)));
        int read = Math.min(head.length, total);
        progress.bytesRead(read, total);
        while (read < total) {
            int want = Math.min(read >= 0x8000 ? chunk - DO53_OVERHEAD : chunk, total - read);
            byte[] part = readBinaryAt(read, want, what);
            if (part.length == 0) {
                throw new CardDataException(
                        what, read, "the chip returned no data; the file claims " + total + " bytes");
            }
            int n = Math.min(part.length, total - read);
            if (read + n > file.length) {
                file = Arrays.copyOf(file, Math.min(total, Math.max(file.length * 2, read + n)));
            }
            System.arraycopy(part, 0, file, read, n);
            read += n;
            progress.bytesRead(read, total);
        }
        return file.length == total ? file : Arrays.copyOf(file, total);
    }

    private byte[] readBinaryAt(int offset, int length, String what) {
        if (offset < 0x8000) {
            return readBinary(offset >> 8, offset & 0xFF, length, what);
        }
        byte[] do54 = offset <= 0xFFFF
                ? new byte[] {0x54, 2, (byte) (offset >> 8), (byte) offset}
                : new byte[] {0x54, 3, (byte) (offset >> 16), (byte) (offset >> 8), (byte) offset};
        CommandApdu command = CommandApdu.of(0x00, 0xB1, 0x00, 0x00, do54, length + 4);
        ResponseApdu response = transmitReading(command, what, offset);
        byte[] data = response.data();
        if (data.length < 2 || data[0] != 0x53) {
            throw new CardDataException(what, offset, "READ BINARY (B1) did not answer with DO'53'");
        }
        int len = data[1] & 0xFF;
        int start = 2;
        if (len == 0x81 || len == 0x82) {
            int n = len - 0x80;
            if (data.length < 2 + n) {
                throw new CardDataException(what, offset, "the length of DO'53' is cut short");
            }
            len = 0;
            for (int k = 0; k < n; k++) {
                len = (len << 8) | (data[2 + k] & 0xFF);
            }
            start += n;
        } else if (len > 0x7F) {
            throw new CardDataException(what, offset, "DO'53' has a bad length byte");
        }
        if (start + len > data.length) {
            throw new CardDataException(what, offset, "DO'53' claims more bytes than the chip returned");
        }
        return Arrays.copyOfRange(data, start, start + len);
    }

    private byte[] readBinary(int p1, int p2, int length, String what) {
        CommandApdu command = CommandApdu.of(0x00, 0xB0, p1, p2, new byte[0], length);
        return transmitReading(command, what, (p1 & 0x80) != 0 ? p2 : (p1 << 8) | p2)
                .data();
    }

    private ResponseApdu transmitReading(CommandApdu command, String what, int offset) {
        ResponseApdu response = transport.transmit(command);
        if ((response.sw() >> 8) == 0x6C) {
            int le = response.sw() & 0xFF;
            response = transport.transmit(command.withNe(le == 0 ? CommandApdu.MAX_SHORT_NE : le));
        }
        int sw = response.sw();
        if (sw != 0x9000 && sw != 0x6282) {
            throw new StatusWordException(String.format("READ BINARY of %s at offset %d", what, offset), sw);
        }
        return response;
    }

    /** The length of the element whose first bytes are given: header plus value. */
    static int totalLength(byte[] head, String what) {
        if (head.length < 2) {
            throw new CardDataException(what, head.length, "the file is shorter than a TLV header");
        }
        int i = 1;
        if ((head[0] & 0x1F) == 0x1F) {
            while (i < head.length && (head[i] & 0x80) != 0) {
                i++;
            }
            i++;
        }
        if (i >= head.length) {
            throw new CardDataException(what, i, "the file's tag is cut short");
        }
        int first = head[i] & 0xFF;
        i++;
        if (first < 0x80) {
            return i + first;
        }
        int n = first & 0x7F;
        if (n == 0 || n > 3) {
            throw new CardDataException(what, i - 1, "unsupported length encoding " + String.format("%02X", first));
        }
        if (i + n > head.length) {
            throw new CardDataException(what, i, "the file's length is cut short");
        }
        int length = 0;
        for (int k = 0; k < n; k++) {
            length = (length << 8) | (head[i + k] & 0xFF);
        }
        return i + n + length;
    }
}
