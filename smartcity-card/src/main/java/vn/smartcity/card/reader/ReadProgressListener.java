package vn.smartcity.card.reader;

import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.lds.LdsFileId;

/**
 * Told what a {@link CccdReader} is doing, for a progress bar at the counter. Every method has an
 * empty default; callbacks run on the reading thread and should return quickly. An exception
 * thrown here ends the reading.
 */
public interface ReadProgressListener {

    /** A listener that ignores everything. */
    ReadProgressListener NONE = new ReadProgressListener() {};

    /**
     * Access control opened the chip (again, after a lost card).
     *
     * @param report which protocol ran
     */
    default void accessEstablished(AccessReport report) {}

    /**
     * Reading a file starts.
     *
     * @param file the file
     */
    default void fileStarted(LdsFileId file) {}

    /**
     * Bytes of a file arrived.
     *
     * @param file the file
     * @param read the bytes read so far
     * @param total the file's length
     */
    default void bytesRead(LdsFileId file, int read, int total) {}

    /**
     * A file was read whole.
     *
     * @param file the file
     * @param length its length in bytes
     */
    default void fileFinished(LdsFileId file, int length) {}

    /**
     * The chip refused a file; reading goes on.
     *
     * @param file the file
     * @param statusWord the chip's answer, such as {@code 0x6982}
     */
    default void fileUnreadable(LdsFileId file, int statusWord) {}
}
