package vn.smartcity.card.pcsc;

import java.util.Objects;

/**
 * A PC/SC reader as the service lists it.
 *
 * @param name the reader's name, such as {@code Virtual PCD 00 00}; pass it to {@link
 *     Pcsc#connect(String)}
 * @param cardPresent whether a card was in the reader when the list was made
 */
public record PcscReader(String name, boolean cardPresent) {

    /**
     * Checks the name.
     *
     * @param name the reader's name
     * @param cardPresent whether a card is in it
     */
    public PcscReader {
        Objects.requireNonNull(name, "name");
    }
}
