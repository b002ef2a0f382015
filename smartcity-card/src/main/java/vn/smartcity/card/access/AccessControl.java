package vn.smartcity.card.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.access.internal.EfReader;
import vn.smartcity.card.access.internal.StatusWordException;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.EfCardAccess;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.lds.PaceInfo;
import vn.smartcity.card.lds.PaceProtocol;

/**
 * Opens a chip the way ICAO Doc 9303 Part 11 (section 4.2) inspects it: read EF.CardAccess from the
 * master file (SELECT of the MF answered {@code 6D00} or {@code 6A82} is tolerated; the file is
 * selected by its identifier {@code 011C}, or read by short file identifier {@code 1C}), run PACE
 * with a supported PACEInfo when one is offered, and BAC when none is or when the chip refuses PACE
 * (but not when it refuses the key: a wrong CAN is reported, not retried with BAC). The eMRTD
 * application ({@code A0 00 00 02 47 10 01}) is selected under secure messaging after PACE and
 * before BAC.
 *
 * <pre>{@code
 * AccessSession session = AccessControl.builder().key(AccessKey.can("123456")).build().establish(transport);
 * ApduTransport secure = session.transport();   // every APDU now protected
 * }</pre>
 */
public final class AccessControl {

    /** The AID of the eMRTD application (LDS1), Doc 9303 Part 10, section 3.1.1. */
    private static final byte[] EMRTD_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};

    private final AccessKey key;
    private final ProtocolChoice choice;
    private final SecureRandom random;

    private AccessControl(Builder builder) {
        this.key = Objects.requireNonNull(builder.key, "key");
        this.choice = builder.choice;
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
     * Opens the chip.
     *
     * @param plain the transport to the card, freshly reset or just connected
     * @return the secure-messaging transport and the report of which protocol ran
     * @throws AccessDeniedException if the chip refuses the key
     * @throws AccessException if no protocol could open the chip, with the reason
     * @throws vn.smartcity.card.apdu.CardIoException if the card cannot be reached
     */
    public AccessSession establish(ApduTransport plain) {
        Objects.requireNonNull(plain, "plain");
        List<String> notes = new ArrayList<>();
        if (choice != ProtocolChoice.BAC) {
            EfCardAccess cardAccess = readCardAccess(plain, notes);
            List<PaceInfo> offered = cardAccess == null ? List.of() : cardAccess.paceInfos();
            if (offered.isEmpty()) {
                if (choice == ProtocolChoice.PACE) {
                    throw new AccessException(
                            AccessException.Reason.PACE_NOT_OFFERED,
                            "PACE was asked for but the chip offers no PACEInfo in EF.CardAccess",
                            -1,
                            null);
                }
                notes.add("the chip offers no PACE");
            } else {
                Optional<PaceInfo> info = choose(offered);
                if (info.isEmpty()) {
                    AccessException unsupported = unsupported(offered);
                    if (choice == ProtocolChoice.PACE || !(key instanceof MrzKey)) {
                        throw unsupported;
                    }
                    notes.add(unsupported.getMessage());
                } else {
                    try {
                        return pace(plain, info.get(), offered.size() > 1, notes);
                    } catch (AccessDeniedException e) {
                        throw e;
                    } catch (AccessException e) {
                        if (choice == ProtocolChoice.PACE
                                || e.reason() != AccessException.Reason.PACE_REFUSED
                                || !(key instanceof MrzKey)) {
                            throw e;
                        }
                        notes.add(e.getMessage() + "; falling back to BAC");
                        plain.reset();
                    }
                }
            }
        }
        if (!(key instanceof MrzKey)) {
            throw new AccessException(
                    AccessException.Reason.NOT_SUPPORTED,
                    "the chip offers no PACE and BAC needs the MRZ data (document number, date of birth, date of"
                            + " expiry); a CAN alone cannot open this card",
                    -1,
                    null);
        }
        selectApplication(plain, "BAC");
        SecureMessaging session = Bac.perform(plain, (MrzKey) key, random);
        AccessReport report =
                new AccessReport(AccessProtocol.BAC, Optional.empty(), Optional.empty(), session.cipherName(), notes);
        return new AccessSession(report, new SecureMessagingTransport(plain, session));
    }

    private AccessSession pace(ApduTransport plain, PaceInfo info, boolean ambiguous, List<String> notes) {
        SecureMessaging session = Pace.perform(plain, key, info, ambiguous, random);
        SecureMessagingTransport secure = new SecureMessagingTransport(plain, session);
        selectApplication(secure, "PACE");
        AccessReport report = new AccessReport(
                AccessProtocol.PACE,
                Optional.of(info.paceProtocol()),
                info.domainParameters(),
                session.cipherName(),
                notes);
        return new AccessSession(report, secure);
    }

    private static void selectApplication(ApduTransport transport, String protocol) {
        ResponseApdu response = transport.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID));
        if (!response.isSuccess()) {
            throw new AccessException(
                    AccessException.Reason.NO_APPLICATION,
                    String.format(
                            "%s: SELECT of the eMRTD application was answered %04X; is this an ICAO chip card?",
                            protocol, response.sw()),
                    response.sw(),
                    null);
        }
    }

    /** EF.CardAccess, or null when the chip has none (it then offers no PACE). */
    private static @Nullable EfCardAccess readCardAccess(ApduTransport plain, List<String> notes) {
        ResponseApdu mf = plain.transmit(CommandApdu.of(0x00, 0xA4, 0x00, 0x0C, new byte[] {0x3F, 0x00}));
        if (!mf.isSuccess()) {
            notes.add(String.format("SELECT of the master file was answered %04X; went on", mf.sw()));
        }
        EfReader reader = new EfReader(plain, EfReader.SHORT_CHUNK);
        String what = LdsFileId.CARD_ACCESS.displayName();
        byte[] bytes;
        try {
            bytes = reader.read(LdsFileId.CARD_ACCESS.fileId(), what, (read, total) -> {});
        } catch (StatusWordException bySelect) {
            try {
                bytes = reader.readByShortFileId(LdsFileId.CARD_ACCESS.shortFileId(), what, (read, total) -> {});
            } catch (StatusWordException bySfi) {
                return null;
            }
        }
        try {
            return EfCardAccess.parse(bytes);
        } catch (CardDataException e) {
            notes.add("EF.CardAccess is malformed (" + e.getMessage() + "); PACE not tried");
            return null;
        }
    }

    /** The best supported PACEInfo: ECDH before DH, AES before 3DES, longer keys first. */
    static Optional<PaceInfo> choose(List<PaceInfo> offered) {
        return offered.stream()
                .filter(AccessControl::isSupported)
                .min(Comparator.comparingInt((PaceInfo info) ->
                                info.paceProtocol().keyAgreement() == PaceProtocol.KeyAgreement.ECDH ? 0 : 1)
                        .thenComparingInt(info -> -info.paceProtocol().cipher().keyLength()));
    }

    private static boolean isSupported(PaceInfo info) {
        try {
            Pace.supported(info);
            return true;
        } catch (AccessException e) {
            return false;
        }
    }

    private static AccessException unsupported(List<PaceInfo> offered) {
        try {
            Pace.supported(offered.get(0));
        } catch (AccessException e) {
            return e;
        }
        throw new IllegalStateException("unreachable: the first PACEInfo is supported");
    }

    /**
     * The configuration without the key.
     *
     * @return such as {@code AccessControl[CAN, AUTO]}
     */
    @Override
    public String toString() {
        return "AccessControl[" + key.kind() + ", " + choice + "]";
    }

    /** Configures access control. */
    public static final class Builder {
        private @Nullable AccessKey key;
        private ProtocolChoice choice = ProtocolChoice.AUTO;
        private @Nullable SecureRandom random;

        private Builder() {}

        /**
         * The access key.
         *
         * @param value the CAN or the MRZ data
         * @return this builder
         */
        public Builder key(AccessKey value) {
            this.key = Objects.requireNonNull(value, "key");
            return this;
        }

        /**
         * Which protocol to run; {@link ProtocolChoice#AUTO} when not set.
         *
         * @param value the choice
         * @return this builder
         */
        public Builder protocol(ProtocolChoice value) {
            this.choice = Objects.requireNonNull(value, "protocol");
            return this;
        }

        /**
         * The random source of the terminal's challenges and ephemeral keys; a new {@link
         * SecureRandom} when not set. Tests give a fixed source to replay worked examples.
         *
         * @param value the random source
         * @return this builder
         */
        public Builder random(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return access control
         * @throws NullPointerException if no key was given
         */
        public AccessControl build() {
            return new AccessControl(this);
        }
    }
}
