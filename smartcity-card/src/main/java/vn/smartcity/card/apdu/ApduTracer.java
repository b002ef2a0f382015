package vn.smartcity.card.apdu;

/**
 * Receives one {@link ApduTrace} per exchange, for debugging a reader at a counter: plug it in with
 * {@link #masked(ApduTransport, ApduTracer)}, which shows headers, lengths and status words but no
 * data. Only {@link #unmasked(ApduTransport, ApduTracer)} reveals the bytes, which before secure
 * messaging or above it hold personal data and keys: use it on test cards only.
 *
 * <pre>{@code
 * ApduTransport traced = ApduTracer.masked(transport, trace -> log.debug("{}", trace));
 * }</pre>
 */
@FunctionalInterface
public interface ApduTracer {

    /**
     * Called after each exchange, whether it succeeded or failed with a {@link CardIoException}.
     * An exception thrown here is not caught.
     *
     * @param trace what went to the card and what came back
     */
    void exchanged(ApduTrace trace);

    /**
     * Wraps a transport so that every exchange is reported without data: header, N<sub>c</sub>,
     * N<sub>e</sub>, status word and N<sub>r</sub>.
     *
     * @param transport the transport to trace
     * @param tracer the receiver
     * @return a transport that behaves like {@code transport}
     */
    static ApduTransport masked(ApduTransport transport, ApduTracer tracer) {
        return new TracingTransport(transport, tracer, false);
    }

    /**
     * Wraps a transport so that every exchange is reported with the full command and response
     * bytes. Only for test cards: the bytes can hold personal data and keys.
     *
     * @param transport the transport to trace
     * @param tracer the receiver
     * @return a transport that behaves like {@code transport}
     */
    static ApduTransport unmasked(ApduTransport transport, ApduTracer tracer) {
        return new TracingTransport(transport, tracer, true);
    }
}
