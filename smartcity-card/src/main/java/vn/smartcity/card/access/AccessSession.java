package vn.smartcity.card.access;

import java.util.Objects;

/**
 * An open chip: the transport that protects every APDU with the session keys, and the report of
 * how access control opened it.
 *
 * @param report which protocol ran
 * @param transport the secure-messaging transport, with the eMRTD application selected
 */
public record AccessSession(AccessReport report, SecureMessagingTransport transport) {

    /**
     * Checks the components.
     *
     * @param report which protocol ran
     * @param transport the secure-messaging transport
     */
    public AccessSession {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(transport, "transport");
    }
}
