package vn.smartcity.card.reader;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.access.AccessControl;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.access.AccessSession;
import vn.smartcity.card.access.ProtocolChoice;
import vn.smartcity.card.access.internal.EfReader;
import vn.smartcity.card.access.internal.StatusWordException;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.lds.Dg1;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.lds.Dg2;
import vn.smartcity.card.lds.EfCom;
import vn.smartcity.card.lds.FaceImage;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.pa.Check;
import vn.smartcity.card.pa.CheckType;
import vn.smartcity.card.pa.PassiveAuthentication;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.card.pa.Verdict;
import vn.smartcity.card.sod.Sod;

/**
 * Reads a CCCD at a counter: opens the chip with the CAN or the MRZ data (PACE, or BAC when the chip
 * has no PACE), reads EF.COM, EF.SOD and every data group they list (DG1, DG13 and DG2 first),
 * verifies them by passive authentication, and joins DG13 and DG1 into the citizen.
 *
 * <pre>{@code
 * CccdReadResult card = CccdReader.builder()
 *         .transport(transport)
 *         .accessKey(AccessKey.can(PersonalIdNumber.parse(numberOnTheCard)))
 *         .trustStore(TrustStore.fromDirectory(Path.of("csca")))
 *         .build()
 *         .read();
 * }</pre>
 *
 * <p>Files are selected by identifier ({@code P1 = 02, P2 = 0C}) and read with READ BINARY: the first
 * 6 bytes give the BER-TLV length, the rest comes in chunks of 223 bytes (short APDUs under secure
 * messaging) or 4 KiB (when the transport supports extended length); offsets from 32 KiB on use
 * READ BINARY with the odd INS {@code B1}. A file the chip refuses ({@code 6982}, {@code 6A82}) is
 * reported in {@link CccdReadResult#unreadableFiles()} and reading goes on. If the card is lost
 * ({@link CardIoException.Reason#CARD_LOST}) the transport is reset, access control runs once more
 * and the file is read again; a second loss ends the reading.
 *
 * <p>The reader does not close the transport. One reader reads one card at a time.
 */
public final class CccdReader {

    private static final List<LdsFileId> FIRST = List.of(LdsFileId.DG1, LdsFileId.DG13, LdsFileId.DG2);
    private static final List<Integer> DEFAULT_GROUPS = List.of(1, 2, 13);

    private final ApduTransport transport;
    private final AccessKey accessKey;
    private final ProtocolChoice protocol;
    private final @Nullable TrustStore trustStore;
    private final ReadProgressListener progress;
    private final Clock clock;
    private final SecureRandom random;

    private CccdReader(Builder builder) {
        this.transport = Objects.requireNonNull(builder.transport, "transport");
        this.accessKey = Objects.requireNonNull(builder.accessKey, "accessKey");
        this.protocol = builder.protocol;
        this.trustStore = builder.trustStore;
        this.progress = builder.progress;
        this.clock = builder.clock;
        this.random = builder.random == null ? new SecureRandom() : builder.random;
    }

    /**
     * Starts a configuration.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the card.
     *
     * @return the citizen, face, verdict, protocols and unreadable files
     * @throws vn.smartcity.card.access.AccessDeniedException if the chip refuses the access key
     * @throws vn.smartcity.card.access.AccessException if access control fails otherwise
     * @throws CardIoException if the card cannot be reached, or is lost twice
     * @throws vn.smartcity.card.access.SecureMessagingException if a response fails secure messaging
     * @throws CardDataException if a file is malformed, or neither DG1 nor DG13 could be read
     */
    public CccdReadResult read() {
        return new Run().read();
    }

    /**
     * The configuration without the key.
     *
     * @return such as {@code CccdReader[CAN, AUTO, trust store given]}
     */
    @Override
    public String toString() {
        return "CccdReader[" + accessKey.kind() + ", " + protocol + ", "
                + (trustStore == null ? "no trust store" : "trust store given") + "]";
    }

    /** The state of one reading. */
    private final class Run {
        private final AccessControl control = AccessControl.builder()
                .key(accessKey)
                .protocol(protocol)
                .random(random)
                .build();
        private final List<AccessReport> reports = new ArrayList<>();
        private final Map<LdsFileId, byte[]> files = new EnumMap<>(LdsFileId.class);
        private final List<UnreadableFile> unreadable = new ArrayList<>();
        private EfReader reader;
        private boolean reopened;

        Run() {
            this.reader = open();
        }

        private EfReader open() {
            AccessSession session = control.establish(transport);
            reports.add(session.report());
            progress.accessEstablished(session.report());
            return EfReader.forTransport(session.transport());
        }

        CccdReadResult read() {
            byte[] com = readFile(LdsFileId.COM);
            byte[] sodBytes = readFile(LdsFileId.SOD);
            Sod sod = null;
            String sodProblem = sodBytes == null ? "EF.SOD could not be read (" + reasonFor(LdsFileId.SOD) + ")" : "";
            if (sodBytes != null) {
                try {
                    sod = Sod.parse(sodBytes);
                } catch (CardDataException e) {
                    sodProblem = "EF.SOD is malformed: " + e.getMessage();
                }
            }
            for (LdsFileId group : plan(com, sod)) {
                readFile(group);
            }

            Dg1 dg1 = files.containsKey(LdsFileId.DG1) ? Dg1.parse(files.get(LdsFileId.DG1)) : null;
            Dg13 dg13 = files.containsKey(LdsFileId.DG13) ? Dg13.parse(files.get(LdsFileId.DG13)) : null;
            FaceImage face = null;
            if (files.containsKey(LdsFileId.DG2)) {
                List<FaceImage> images = Dg2.parse(files.get(LdsFileId.DG2)).images();
                face = images.isEmpty() ? null : images.get(0);
            }
            Verdict verdict = sod == null ? unverified(sodProblem) : verify(sod);
            if (dg1 == null && dg13 == null) {
                throw new CardDataException(
                        "CCCD", -1, "neither DG1 nor DG13 could be read; unreadable: " + unreadable);
            }
            CitizenIdentity.Builder citizen = CitizenIdentity.builder().chipAuthenticated(verdict.passed());
            if (dg13 != null) {
                citizen.dg13(dg13);
            }
            if (dg1 != null) {
                citizen.mrz(dg1.mrz());
            }
            return new CccdReadResult(citizen.build(), face, dg1, dg13, verdict, reports, unreadable, files);
        }

        /** The data groups to read: DG1, DG13, DG2 first, then the others EF.COM or EF.SOD list. */
        private List<LdsFileId> plan(byte @Nullable [] com, @Nullable Sod sod) {
            Set<Integer> listed = new LinkedHashSet<>();
            if (com != null) {
                for (LdsFileId group : EfCom.parse(com).dataGroups()) {
                    group.dataGroupNumber().ifPresent(listed::add);
                }
            }
            if (listed.isEmpty() && sod != null) {
                listed.addAll(sod.dataGroupHashes().keySet());
            }
            if (listed.isEmpty()) {
                listed.addAll(DEFAULT_GROUPS);
            }
            List<LdsFileId> plan = new ArrayList<>();
            for (LdsFileId first : FIRST) {
                if (listed.contains(first.dataGroupNumber().orElseThrow())) {
                    plan.add(first);
                }
            }
            for (LdsFileId id : LdsFileId.values()) {
                Optional<Integer> number = id.dataGroupNumber();
                if (number.isPresent() && listed.contains(number.get()) && !plan.contains(id)) {
                    plan.add(id);
                }
            }
            return plan;
        }

        private byte @Nullable [] readFile(LdsFileId file) {
            progress.fileStarted(file);
            while (true) {
                try {
                    byte[] bytes = reader.read(
                            file.fileId(), file.displayName(), (read, total) -> progress.bytesRead(file, read, total));
                    files.put(file, bytes);
                    progress.fileFinished(file, bytes.length);
                    return bytes;
                } catch (StatusWordException e) {
                    unreadable.add(new UnreadableFile(file, e.statusWord(), e.getMessage()));
                    progress.fileUnreadable(file, e.statusWord());
                    return null;
                } catch (CardIoException e) {
                    if (e.reason() != CardIoException.Reason.CARD_LOST || reopened) {
                        throw e;
                    }
                    reopened = true;
                    transport.reset();
                    reader = open();
                }
            }
        }

        private String reasonFor(LdsFileId file) {
            for (UnreadableFile u : unreadable) {
                if (u.file() == file) {
                    return u.reason();
                }
            }
            return "not read";
        }

        private Verdict verify(Sod sod) {
            Map<Integer, byte[]> groups = new TreeMap<>();
            for (Map.Entry<LdsFileId, byte[]> file : files.entrySet()) {
                file.getKey().dataGroupNumber().ifPresent(n -> groups.put(n, file.getValue()));
            }
            if (trustStore != null) {
                return PassiveAuthentication.verify(sod, groups, trustStore, clock);
            }
            Verdict withoutAnchors = PassiveAuthentication.verify(sod, groups, TrustStore.of(List.of()), clock);
            List<Check> checks = new ArrayList<>();
            for (Check check : withoutAnchors.checks()) {
                switch (check.type()) {
                    case CSCA_FOUND:
                    case CERTIFICATE_CHAIN:
                    case CSCA_VALIDITY:
                    case REVOCATION:
                        checks.add(new Check(
                                check.type(),
                                OptionalInt.empty(),
                                Status.NOT_CHECKED,
                                "no trust store was given: the Document Signer certificate's chain to a CSCA was"
                                        + " not checked"));
                        break;
                    default:
                        checks.add(check);
                }
            }
            return new Verdict(checks);
        }

        private Verdict unverified(String problem) {
            return new Verdict(List.of(new Check(
                    CheckType.SOD_SIGNATURE,
                    OptionalInt.empty(),
                    Status.FAILED,
                    problem + "; nothing read from the chip is authenticated")));
        }
    }

    /** Configures a reader. */
    public static final class Builder {
        private @Nullable ApduTransport transport;
        private @Nullable AccessKey accessKey;
        private ProtocolChoice protocol = ProtocolChoice.AUTO;
        private @Nullable TrustStore trustStore;
        private ReadProgressListener progress = ReadProgressListener.NONE;
        private Clock clock = Clock.systemUTC();
        private @Nullable SecureRandom random;

        private Builder() {}

        /**
         * The transport to the card: a PC/SC reader, the simulated chip, a vendor's device.
         *
         * @param value the transport; the reader does not close it
         * @return this builder
         */
        public Builder transport(ApduTransport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * The access key: the CAN (on a CCCD, the last 6 digits of the number) or the MRZ data.
         *
         * @param value the key
         * @return this builder
         */
        public Builder accessKey(AccessKey value) {
            this.accessKey = Objects.requireNonNull(value, "accessKey");
            return this;
        }

        /**
         * Which access control to run; {@link ProtocolChoice#AUTO} when not set.
         *
         * @param value auto, PACE or BAC
         * @return this builder
         */
        public Builder protocol(ProtocolChoice value) {
            this.protocol = Objects.requireNonNull(value, "protocol");
            return this;
        }

        /**
         * The trusted CSCAs for passive authentication. Without one the verdict says the chain was
         * not checked, and does not pass.
         *
         * @param value the trust store
         * @return this builder
         */
        public Builder trustStore(TrustStore value) {
            this.trustStore = Objects.requireNonNull(value, "trustStore");
            return this;
        }

        /**
         * Told about access control and each file, for a progress display.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder progress(ReadProgressListener value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * The clock for certificate validity in passive authentication; UTC system time when not
         * set.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The random source of access control; a new {@link SecureRandom} when not set.
         *
         * @param value the random source
         * @return this builder
         */
        public Builder random(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         * @throws NullPointerException if the transport or the access key is missing
         */
        public CccdReader build() {
            return new CccdReader(this);
        }
    }
}
