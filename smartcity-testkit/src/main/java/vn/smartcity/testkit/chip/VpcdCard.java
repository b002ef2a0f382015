package vn.smartcity.testkit.chip;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.apdu.CardIoException;

/**
 * Puts a {@link SimulatedChip} into a real PC/SC reader: vsmartcard's virtual reader driver
 * (vpcd, Debian package {@code vsmartcard-vpcd}) listens on a TCP port per reader for a virtual
 * card, and this class is that card. pcscd then lists the reader ({@code Virtual PCD 00 00} for
 * port {@value #DEFAULT_PORT}, {@code Virtual PCD 00 01} for the next) with the chip in it, and any
 * PC/SC application, this SDK's {@code PcscTransport} included, talks to the chip through pcscd.
 *
 * <pre>{@code
 * try (VpcdCard card = VpcdCard.start(SimulatedChip.sampleCitizen())) {
 *     // pcscd now reports a card in "Virtual PCD 00 00"
 * }
 * }</pre>
 *
 * <p>The protocol, as vpcd's {@code vpcd.c} and vpicc's {@code VirtualSmartcard.py} in
 * frankmorgner/vsmartcard implement it: every message in either direction is a 2-byte big-endian
 * length followed by that many bytes. From vpcd, a 1-byte message is a control code ({@code 00}
 * power off, {@code 01} power on, {@code 02} reset: answered with nothing; {@code 04} get ATR:
 * answered with the ATR); a longer one is a command APDU, answered with the response APDU.
 *
 * <p>The card runs on a daemon thread. It connects to vpcd, and when vpcd drops the connection (or
 * is not there yet: pcscd not started) it connects again every {@value #RETRY_MILLIS} ms until
 * {@link #close()}. A chip that drops its connection ({@link SimulatedChip.Builder#dropConnectionAt})
 * is seen by pcscd as a card taken out and put back: the socket is closed and, after {@value
 * #REINSERT_MILLIS} ms out of the reader so that pcscd notices, opened again; the chip is reset on
 * each new connection.
 */
public final class VpcdCard implements AutoCloseable {

    /** vpcd's port for its first reader ({@code VPCDPORT} in vpcd.h; {@code CHANNELID 0x8C7B}). */
    public static final int DEFAULT_PORT = 35963;

    /** Pause between connection attempts. */
    public static final long RETRY_MILLIS = 250;

    /**
     * How long a card stays out of the reader after a disconnection before it connects again. pcscd
     * asks vpcd whether a card is present about every 400 ms ({@code PCSCLITE_STATUS_POLL_RATE});
     * a card that leaves and comes back between two polls is not seen to leave, and pcscd then keeps
     * the reader's state from before (after a failed reset: no card) until the next removal.
     */
    public static final long REINSERT_MILLIS = 1000;

    /** When a card last left each reader (host:port), in {@link System#nanoTime()}; per JVM. */
    private static final Map<String, Long> LAST_REMOVAL = new ConcurrentHashMap<>();

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;
    private static final int POWER_OFF = 0x00;
    private static final int POWER_ON = 0x01;
    private static final int RESET = 0x02;
    private static final int GET_ATR = 0x04;

    private final SimulatedChip chip;
    private final String host;
    private final int port;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean closed;
    private boolean connected;
    private @Nullable Socket socket;

    private VpcdCard(SimulatedChip chip, String host, int port) {
        this.chip = chip;
        this.host = host;
        this.port = port;
        this.thread = new Thread(this::run, "smartcity-vpcd-" + port);
        this.thread.setDaemon(true);
    }

    /**
     * Serves a chip to vpcd's first reader on this machine ({@code localhost}, port {@value
     * #DEFAULT_PORT}).
     *
     * @param chip the chip
     * @return the running card
     */
    public static VpcdCard start(SimulatedChip chip) {
        return start(chip, "localhost", DEFAULT_PORT);
    }

    /**
     * Serves a chip to a vpcd reader.
     *
     * @param chip the chip
     * @param host where pcscd with vpcd runs
     * @param port the reader's port, {@value #DEFAULT_PORT} for the first
     * @return the running card
     */
    public static VpcdCard start(SimulatedChip chip, String host, int port) {
        Objects.requireNonNull(chip, "chip");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1..65535");
        }
        VpcdCard card = new VpcdCard(chip, host, port);
        card.thread.start();
        return card;
    }

    /**
     * Whether the card is connected to vpcd now (so pcscd sees it in the reader).
     *
     * @return {@code true} while connected
     */
    public boolean connected() {
        synchronized (lock) {
            return connected;
        }
    }

    /**
     * Waits until the card is connected to vpcd.
     *
     * @param timeout the longest wait
     * @return {@code true} if connected, {@code false} if the time ran out or the card was closed
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!connected && !closed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, remaining);
            }
            return connected;
        }
    }

    /**
     * The chip being served.
     *
     * @return the chip
     */
    public SimulatedChip chip() {
        return chip;
    }

    /** Disconnects from vpcd (pcscd sees the card removed) and stops the thread. */
    @Override
    public void close() {
        Socket open;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            open = socket;
            lock.notifyAll();
        }
        if (open != null) {
            closeQuietly(open);
            LAST_REMOVAL.put(host + ":" + port, System.nanoTime());
        }
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        String reader = host + ":" + port;
        while (true) {
            try {
                awayFromTheReader(reader);
            } catch (InterruptedException e) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                }
            }
            Socket current = new Socket();
            synchronized (lock) {
                if (closed) {
                    return;
                }
                socket = current;
            }
            try {
                current.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
                current.setTcpNoDelay(true);
                chip.reset(); // a card put into the reader is freshly powered
                setConnected(true);
                try {
                    serve(current);
                } finally {
                    LAST_REMOVAL.put(reader, System.nanoTime());
                }
            } catch (IOException e) {
                // vpcd is not listening (pcscd not running) or dropped the connection: try again.
            } catch (CardIoException e) {
                // The chip was closed: nothing left to serve.
                synchronized (lock) {
                    closed = true;
                    lock.notifyAll();
                }
            } finally {
                setConnected(false);
                closeQuietly(current);
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                }
            }
        }
    }

    /** Waits until the reader has been without a card for {@link #REINSERT_MILLIS}. */
    private static void awayFromTheReader(String reader) throws InterruptedException {
        Long removed = LAST_REMOVAL.get(reader);
        if (removed != null) {
            long away = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - removed);
            if (away < REINSERT_MILLIS) {
                Thread.sleep(REINSERT_MILLIS - away);
            }
        }
    }

    private void setConnected(boolean value) {
        synchronized (lock) {
            connected = value;
            lock.notifyAll();
        }
    }

    /** Answers vpcd until it disconnects or the chip drops the connection. */
    private void serve(Socket current) throws IOException {
        DataInputStream in = new DataInputStream(current.getInputStream());
        OutputStream out = current.getOutputStream();
        while (true) {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return;
            }
            byte[] message = in.readNBytes(length);
            if (message.length < length) {
                return;
            }
            if (length == 1) {
                switch (message[0]) {
                    case POWER_OFF:
                    case POWER_ON:
                    case RESET:
                        chip.reset();
                        break;
                    case GET_ATR:
                        send(out, chip.atr());
                        break;
                    default:
                        break; // unknown control codes are ignored, as vpicc does
                }
            } else if (length > 1) {
                byte[] response;
                try {
                    response = chip.transmit(message);
                } catch (CardIoException e) {
                    if (e.reason() == CardIoException.Reason.CARD_LOST) {
                        return; // closing the socket is the card leaving the reader
                    }
                    throw e;
                }
                send(out, response);
            }
        }
    }

    private static void send(OutputStream out, byte[] payload) throws IOException {
        byte[] message = new byte[payload.length + 2];
        message[0] = (byte) (payload.length >> 8);
        message[1] = (byte) payload.length;
        System.arraycopy(payload, 0, message, 2, payload.length);
        out.write(message);
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that failed is best effort; the connection is over either way.
        }
    }

    /** The reader's address; never APDU data. */
    @Override
    public String toString() {
        return "VpcdCard[" + host + ":" + port + (connected() ? ", connected" : "") + "]";
    }
}
