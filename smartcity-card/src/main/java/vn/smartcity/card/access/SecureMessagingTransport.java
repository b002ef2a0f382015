package vn.smartcity.card.access;

import java.util.Objects;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * A transport that protects every command and checks every response with a {@link
 * SecureMessaging} session over another transport. A {@link #reset()} resets the card and ends the
 * session: later commands fail with {@link SecureMessagingException.Reason#SESSION_ENDED} until
 * access control runs again on a new instance.
 */
public final class SecureMessagingTransport implements ApduTransport {

    private final ApduTransport plain;
    private final SecureMessaging session;
    private boolean ended;

    /**
     * Wraps a transport.
     *
     * @param plain the transport to the card
     * @param session the secure-messaging session access control established
     */
    public SecureMessagingTransport(ApduTransport plain, SecureMessaging session) {
        this.plain = Objects.requireNonNull(plain, "plain");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Protects the command, sends it and checks the response.
     *
     * @param command the plain command
     * @return the plain response
     * @throws SecureMessagingException if the response fails secure messaging or the session ended
     */
    @Override
    public ResponseApdu transmit(CommandApdu command) {
        if (ended) {
            throw new SecureMessagingException(
                    SecureMessagingException.Reason.SESSION_ENDED,
                    "the secure-messaging session ended when the card was reset; run access control again",
                    -1);
        }
        return session.unwrap(plain.transmit(session.wrap(command)));
    }

    @Override
    public boolean supportsExtendedLength() {
        return plain.supportsExtendedLength();
    }

    /** Resets the card and ends this session. */
    @Override
    public void reset() {
        ended = true;
        plain.reset();
    }

    @Override
    public void close() {
        ended = true;
        plain.close();
    }

    /**
     * The transport underneath, which carries protected APDUs.
     *
     * @return the plain transport
     */
    public ApduTransport plain() {
        return plain;
    }

    /**
     * The session.
     *
     * @return the secure-messaging session
     */
    public SecureMessaging session() {
        return session;
    }

    /**
     * The cipher of the session.
     *
     * @return such as {@code SecureMessagingTransport[AES-128]}
     */
    @Override
    public String toString() {
        return "SecureMessagingTransport[" + session.cipherName() + "]";
    }
}
