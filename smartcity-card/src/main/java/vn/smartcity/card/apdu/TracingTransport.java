package vn.smartcity.card.apdu;

import java.util.Objects;

/** The decorator behind {@link ApduTracer#masked} and {@link ApduTracer#unmasked}. */
final class TracingTransport implements ApduTransport {

    private final ApduTransport transport;
    private final ApduTracer tracer;
    private final boolean unmasked;
    private long sequence;

    TracingTransport(ApduTransport transport, ApduTracer tracer, boolean unmasked) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.unmasked = unmasked;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        long number = ++sequence;
        ResponseApdu response;
        try {
            response = transport.transmit(command);
        } catch (CardIoException e) {
            tracer.exchanged(ApduTrace.failed(number, command, e.reason(), unmasked));
            throw e;
        }
        tracer.exchanged(ApduTrace.of(number, command, response, unmasked));
        return response;
    }

    @Override
    public boolean supportsExtendedLength() {
        return transport.supportsExtendedLength();
    }

    @Override
    public void reset() {
        transport.reset();
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "TracingTransport[" + (unmasked ? "unmasked" : "masked") + ", " + transport + "]";
    }
}
