package vn.smartcity.card.access;

import java.util.Objects;

/**
 * The chip refused the access key: the CAN or the MRZ data do not match the card. The message tells
 * the clerk what to check, such as {@code the card refused the access key (CAN): check the 6
 * digits ...}, and never holds the key.
 */
public final class AccessDeniedException extends AccessException {

    private static final long serialVersionUID = 1L;

    private final String keyKind;

    /**
     * Creates an exception.
     *
     * @param key the key the chip refused (only its kind and advice are used)
     * @param protocol the protocol that ran, such as {@code PACE}
     * @param statusWord the chip's status word
     */
    public AccessDeniedException(AccessKey key, String protocol, int statusWord) {
        super(
                Reason.KEY_REFUSED,
                "the card refused the access key (" + key.kind() + "): " + key.refusalAdvice() + " (" + protocol
                        + ", status word " + String.format("%04X", statusWord) + ")",
                statusWord,
                null);
        this.keyKind = Objects.requireNonNull(key.kind());
    }

    /**
     * The kind of key the chip refused.
     *
     * @return {@code CAN} or {@code MRZ}
     */
    public String keyKind() {
        return keyKind;
    }
}
