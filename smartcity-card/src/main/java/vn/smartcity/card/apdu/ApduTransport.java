package vn.smartcity.card.apdu;

/**
 * Carries command APDUs to one chip and brings its responses back: a PC/SC reader, the simulated
 * chip of {@code smartcity-testkit}, or a vendor's own device (implement this interface to plug a
 * reader the SDK does not know).
 *
 * <p>A transport is plain: it knows nothing of secure messaging, which the access-control layer
 * adds on top. Implementations need not be thread-safe; one reading session uses one transport
 * from one thread.
 */
public interface ApduTransport extends AutoCloseable {

    /**
     * Sends one command and waits for its response. Implementations deal with transport-level
     * details (such as {@code 61xx} GET RESPONSE chaining or a {@code 6Cxx} retry in T=0) so that
     * callers see one complete response.
     *
     * @param command the command APDU
     * @return the card's response, whatever its status word
     * @throws CardIoException if the exchange failed (card removed, connection lost, ...)
     */
    ResponseApdu transmit(CommandApdu command);

    /**
     * Whether the card and the reader accept extended-length APDUs (more than 255 command bytes or
     * 256 response bytes). Callers that do not know keep to short APDUs.
     *
     * @return {@code true} if extended length is known to work
     */
    default boolean supportsExtendedLength() {
        return false;
    }

    /**
     * Resets the card (a warm reset or a reconnect), returning it to the state it had on
     * insertion: selected applications and secure-messaging sessions end. Readers use it to
     * restart access control once after a lost connection.
     *
     * @throws CardIoException if the card cannot be reset or is gone
     */
    void reset();

    /** Ends the connection to the card; further calls fail with {@link CardIoException}. */
    @Override
    void close();
}
