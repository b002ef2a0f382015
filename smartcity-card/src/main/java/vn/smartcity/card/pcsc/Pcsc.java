package vn.smartcity.card.pcsc;

import java.security.NoSuchAlgorithmException;
import java.security.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;

/**
 * The PC/SC readers of this machine: list them, wait for a card, connect.
 *
 * <pre>{@code
 * for (PcscReader reader : Pcsc.readers()) {
 *     System.out.println(reader.name() + (reader.cardPresent() ? " (card)" : ""));
 * }
 * try (PcscTransport card = Pcsc.waitForCard(Duration.ofSeconds(30))) {
 *     ResponseApdu answer = card.transmit(CommandApdu.of(0x00, 0x84, 0x00, 0x00, new byte[0], 8));
 * }
 * }</pre>
 *
 * <p>Every call looks up the service afresh, so a pcscd started after the first failure is found.
 * On Linux the library is located first (see the package documentation). Reaching the service is
 * bounded by {@link #SERVICE_TIMEOUT}, so a missing or stuck pcscd gives {@code NO_SERVICE} instead
 * of a hang.
 */
public final class Pcsc {

    /** How long reaching the PC/SC service may take before it counts as absent. */
    public static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(10);

    private Pcsc() {}

    /**
     * The readers the PC/SC service knows, with whether a card is in each.
     *
     * @return the readers, empty if there are none
     * @throws CardIoException with {@code NO_SERVICE} if PC/SC is not available
     */
    public static List<PcscReader> readers() {
        CardTerminals terminals = terminals();
        List<PcscReader> readers = new ArrayList<>();
        for (CardTerminal terminal : list(terminals)) {
            readers.add(new PcscReader(terminal.getName(), present(terminal)));
        }
        return List.copyOf(readers);
    }

    /**
     * Connects to the card in a reader.
     *
     * @param readerName the reader's exact name, as {@link #readers()} gives it
     * @return the connected transport
     * @throws CardIoException with {@code NO_READER} if there is no such reader (the message lists the
     *     readers there are), {@code NO_CARD} if it holds no card, {@code NO_SERVICE} if PC/SC is not
     *     available
     */
    public static PcscTransport connect(String readerName) {
        Objects.requireNonNull(readerName, "readerName");
        return connect(terminal(terminals(), readerName));
    }

    /**
     * Waits for a card in a reader, then connects to it.
     *
     * @param readerName the reader's exact name
     * @param timeout how long to wait, at least one millisecond
     * @return the connected transport
     * @throws CardIoException with {@code NO_CARD} if no card came in time, {@code NO_READER} if
     *     there is no such reader, {@code NO_SERVICE} if PC/SC is not available
     */
    public static PcscTransport waitForCard(String readerName, Duration timeout) {
        Objects.requireNonNull(readerName, "readerName");
        long millis = millis(timeout);
        CardTerminal terminal = terminal(terminals(), readerName);
        boolean present;
        try {
            present = terminal.waitForCardPresent(millis);
        } catch (CardException e) {
            throw PcscErrors.of(e, Reason.NO_CARD, "waiting for a card in reader " + readerName);
        }
        if (!present) {
            throw new CardIoException(
                    Reason.NO_CARD, "no card in reader " + readerName + " after " + describe(timeout));
        }
        return connect(terminal);
    }

    /**
     * Waits for a card in any reader, then connects to it. A card already present is taken at once;
     * with several, the first reader in the service's order wins.
     *
     * @param timeout how long to wait, at least one millisecond
     * @return the connected transport
     * @throws CardIoException with {@code NO_READER} if there is no reader at all, {@code NO_CARD} if
     *     no card came in time, {@code NO_SERVICE} if PC/SC is not available
     */
    public static PcscTransport waitForCard(Duration timeout) {
        long millis = millis(timeout);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        CardTerminals terminals = terminals();
        if (list(terminals).isEmpty()) {
            throw new CardIoException(Reason.NO_READER, "no PC/SC reader is connected");
        }
        // Bounded: each round waits for a change until the deadline, then the loop ends.
        while (true) {
            for (CardTerminal terminal : list(terminals)) {
                if (present(terminal)) {
                    return connect(terminal);
                }
            }
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0) {
                throw new CardIoException(Reason.NO_CARD, "no card in any reader after " + describe(timeout));
            }
            try {
                terminals.waitForChange(remaining);
            } catch (CardException e) {
                throw PcscErrors.of(e, Reason.NO_CARD, "waiting for a card");
            }
        }
    }

    private static PcscTransport connect(CardTerminal terminal) {
        try {
            return new PcscTransport(terminal, terminal.connect("*"));
        } catch (CardException e) {
            throw PcscErrors.of(e, Reason.NO_CARD, "connecting to the card in reader " + terminal.getName());
        }
    }

    private static boolean present(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            throw PcscErrors.of(e, Reason.NO_READER, "asking reader " + terminal.getName() + " for its card");
        }
    }

    private static CardTerminal terminal(CardTerminals terminals, String readerName) {
        List<CardTerminal> all = list(terminals);
        List<String> names = new ArrayList<>();
        for (CardTerminal terminal : all) {
            if (terminal.getName().equals(readerName)) {
                return terminal;
            }
            names.add(terminal.getName());
        }
        throw new CardIoException(
                Reason.NO_READER,
                "no reader named '" + readerName + "'; "
                        + (names.isEmpty() ? "no reader is connected" : "readers: " + String.join(", ", names)));
    }

    private static List<CardTerminal> list(CardTerminals terminals) {
        try {
            return terminals.list();
        } catch (CardException e) {
            if ("SCARD_E_NO_READERS_AVAILABLE".equals(PcscErrors.code(e).orElse(null))) {
                return List.of();
            }
            throw PcscErrors.of(e, Reason.NO_SERVICE, "listing the readers");
        }
    }

    /** The PC/SC terminals, reached on a daemon thread within {@link #SERVICE_TIMEOUT}. */
    private static CardTerminals terminals() {
        @Nullable String library = PcscLibrary.configure().orElse(null);
        FutureTask<TerminalFactory> lookup = new FutureTask<>(() -> TerminalFactory.getInstance("PC/SC", null));
        Thread thread = new Thread(lookup, "smartcity-pcsc-lookup");
        thread.setDaemon(true);
        thread.start();
        try {
            return lookup.get(SERVICE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).terminals();
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new CardIoException(
                    Reason.NO_SERVICE, "the PC/SC service did not answer within " + describe(SERVICE_TIMEOUT), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardIoException(Reason.NO_SERVICE, "interrupted while reaching the PC/SC service", e);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause() == null ? e : e.getCause(), library);
        }
    }

    /** The failure to reach PC/SC, as a {@code NO_SERVICE} exception saying what to install or set. */
    static CardIoException unavailable(Throwable failure, @Nullable String library) {
        String code = PcscErrors.code(failure).orElse(null);
        if (code != null) {
            Reason reason = PcscErrors.reason(code, Reason.NO_SERVICE);
            return new CardIoException(
                    reason,
                    reason == Reason.NO_SERVICE
                            ? "no PC/SC service: is pcscd running? (" + code + ")"
                            : "PC/SC failed when reached (" + code + ")",
                    failure);
        }
        if (failure instanceof NoSuchAlgorithmException
                || failure instanceof ProviderException
                || failure instanceof LinkageError
                || failure instanceof SecurityException) {
            return new CardIoException(
                    Reason.NO_SERVICE,
                    "PC/SC is not available: the library "
                            + (library == null ? "libpcsclite was not found" : library + " could not be used")
                            + " (install pcscd and libpcsclite1, or set -D" + PcscLibrary.PROPERTY + "=<path>)",
                    failure);
        }
        return new CardIoException(Reason.NO_SERVICE, "PC/SC is not available", failure);
    }

    private static long millis(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout + " must be positive");
        }
        return Math.max(1, timeout.toMillis());
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
