package vn.smartcity.testkit.chip;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;
import vn.smartcity.testkit.chip.internal.Bytes;
import vn.smartcity.testkit.chip.internal.Der;
import vn.smartcity.testkit.chip.internal.LdsWriter;
import vn.smartcity.testkit.chip.internal.PaceGroup;
import vn.smartcity.testkit.chip.internal.SmSession;
import vn.smartcity.testkit.chip.internal.SmSession.SmException;
import vn.smartcity.testkit.chip.internal.Suite;

/**
 * A simulated CCCD chip: a state machine answering real APDUs with real cryptography, written from
 * ICAO Doc 9303 (Part 10 for the files, Part 11 for access control and secure messaging) with
 * Bouncy Castle primitives. It is an {@link ApduTransport}, so a reader under test talks to it as
 * to a card in a PC/SC reader; {@link VpcdCard} puts it into a real PC/SC reader through
 * vsmartcard's vpcd.
 *
 * <pre>{@code
 * try (SimulatedChip chip = SimulatedChip.sampleCitizen()) {
 *     // BAC or PACE with ChipContent.SAMPLE_CAN or the MRZ of SampleCitizen, then read DG1...
 *     ResponseApdu answer = chip.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C,
 *             SimulatedChip.emrtdAid()));
 * }
 * }</pre>
 *
 * <p>What it answers:
 *
 * <ul>
 *   <li>SELECT: the master file ({@code P1=00}, empty data or {@code 3F00}), the eMRTD application
 *       by name ({@code P1=04}, {@link #emrtdAid()}), elementary files by identifier ({@code P1=02}
 *       or {@code 00}); {@code P2=0C} answers no data, {@code 00} and {@code 04} a small FCI/FCP;
 *   <li>READ BINARY {@code B0} (offset in P1-P2, or a short file identifier in P1 with bit 8 set
 *       and the offset in P2) and {@code B1} (offset in {@code DO'54'}, data in {@code DO'53'}),
 *       short and extended Le; fewer bytes than Le near the end of a file, {@code 6B00} past it;
 *   <li>GET CHALLENGE and EXTERNAL AUTHENTICATE: BAC (Part 11 section 4.3), 3DES secure messaging
 *       with the SSC from the two challenges; a wrong MRZ gives {@code 6300};
 *   <li>MSE:Set AT and the four GENERAL AUTHENTICATE steps of PACE with the generic mapping over
 *       ECDH or DH (section 4.4), with the CAN ({@code 83 01 02}) or the MRZ ({@code 83 01 01});
 *       steps 1 to 3 must be chained ({@code CLA 10}), step 4 not. With a wrong password the
 *       terminal's token does not verify: step 4 answers {@code 6300} and no token;
 *   <li>INTERNAL AUTHENTICATE under secure messaging: Active Authentication, ECDSA over SHA-256 of the
 *       challenge, plain signature format;
 *   <li>secure messaging (section 9.8) after BAC or PACE: every command MAC checked (a wrong or
 *       missing MAC answers {@code 6988} or {@code 6987} unprotected and ends the session), every
 *       response MACed; a plain command also ends the session.
 * </ul>
 *
 * <p>Access: EF.CardAccess and EF.ATR/INFO are readable in the clear; EF.COM, the data groups and
 * EF.SOD only under secure messaging ({@code 6982} otherwise); DG3 and DG4 (fingerprints and irises,
 * behind Extended Access Control) always answer {@code 6982}. Other status words: {@code 6700}
 * wrong length (also an extended APDU when extended length is off), {@code 6985} out of sequence,
 * {@code 6986} no current file, {@code 6A80} bad data, {@code 6A82} no such file, {@code 6A86}
 * wrong P1-P2, {@code 6D00} unknown instruction, {@code 6E00} unknown class.
 *
 * <p>The {@link Builder} also makes a difficult card: one that refuses PACE, answers SELECT MF with
 * {@code 6D00}, drops the connection once, corrupts a response MAC once, or has no extended length.
 * Randomness is a {@link ChipRandom}, secure by default and seedable for tests. The chip is
 * thread-safe (one command at a time); it logs nothing and its {@code toString()} shows no data.
 */
public final class SimulatedChip implements ApduTransport {

    private static final byte[] EMRTD_AID = Bytes.hex("A0000002471001");

    private static final int EF_ATR_INFO = 0x2F01;
    private static final int MASTER_FILE = 0x3F00;
    private static final int LONGEST = CommandApdu.MAX_EXTENDED_NE;

    private final ChipContent content;
    private final ChipRandom random;
    private final boolean refusePace;
    private final boolean selectMasterFileUnsupported;
    private final boolean extendedLength;
    private final int dropAt;
    private final int corruptMacAt;
    private final byte[] atr;
    private final byte[] atrInfo;

    private int commands;
    private int protectedResponses;
    private boolean dropped;
    private boolean lost;
    private boolean closed;
    private boolean applicationSelected;
    private int currentFile = -1;
    private byte @Nullable [] challenge;
    private @Nullable PaceRun pace;
    private @Nullable SmSession session;

    private SimulatedChip(Builder builder) {
        this.content = builder.content;
        this.random = builder.random;
        this.refusePace = builder.refusePace;
        this.selectMasterFileUnsupported = builder.selectMasterFileUnsupported;
        this.extendedLength = builder.extendedLength;
        this.dropAt = builder.dropAt;
        this.corruptMacAt = builder.corruptMacAt;
        // ISO/IEC 7816-4 section 12.1.1.9: DF selection by full name, by file identifier, short EF
        // identifiers; one-byte data units; command chaining, extended Lc and Le when enabled.
        byte[] capabilities = {(byte) 0x94, 0x01, (byte) (extendedLength ? 0xC0 : 0x80)};
        this.atr = atr(capabilities);
        this.atrInfo = LdsWriter.atrInfo(capabilities, extendedLength, 0xFFFF);
    }

    /**
     * The eMRTD application identifier, {@code A0000002471001} (Doc 9303 Part 10 section 3.10), to
     * SELECT by name ({@code 00 A4 04 0C}).
     *
     * @return a copy of the AID
     */
    public static byte[] emrtdAid() {
        return EMRTD_AID.clone();
    }

    /**
     * The chip of {@link vn.smartcity.testkit.SampleCitizen}, with secure randomness and no
     * difficulties.
     *
     * @return a new chip holding {@link ChipContent#sampleCitizen()}
     */
    public static SimulatedChip sampleCitizen() {
        return builder().build();
    }

    /**
     * A builder, with the sample citizen's content and no difficulties.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The ATR as PC/SC Part 3 builds it for a contactless card: {@code 3B 85 80 01}, historical bytes
     * {@code 80 73 xx xx xx} (category COMPACT-TLV, card capabilities), TCK.
     */
    private static byte[] atr(byte[] capabilities) {
        byte[] historical = Bytes.concat(new byte[] {(byte) 0x80, 0x73}, capabilities);
        byte[] atr = Bytes.concat(
                new byte[] {0x3B, (byte) (0x80 | historical.length), (byte) 0x80, 0x01}, historical, new byte[1]);
        int tck = 0;
        for (int i = 1; i < atr.length - 1; i++) {
            tck ^= atr[i];
        }
        atr[atr.length - 1] = (byte) tck;
        return atr;
    }

    /**
     * What the chip holds.
     *
     * @return the content
     */
    public ChipContent content() {
        return content;
    }

    /**
     * The answer to reset, as a PC/SC reader reports it. Its card capabilities announce extended
     * length when the chip supports it.
     *
     * @return a copy of the ATR
     */
    public byte[] atr() {
        return atr.clone();
    }

    /**
     * Whether a secure messaging session is open (after BAC or PACE, until an error, a plain command
     * or a reset).
     *
     * @return {@code true} during a session
     */
    public synchronized boolean secureMessaging() {
        return session != null;
    }

    @Override
    public boolean supportsExtendedLength() {
        return extendedLength;
    }

    /**
     * Answers one command.
     *
     * @param command the command APDU
     * @return the chip's answer
     * @throws CardIoException with {@code CARD_LOST} when the connection is (simulated to be) lost,
     *     {@code TRANSPORT} after {@link #close()}
     */
    @Override
    public synchronized ResponseApdu transmit(CommandApdu command) {
        Objects.requireNonNull(command, "command");
        admit();
        if (command.isExtended() && !extendedLength) {
            return ResponseApdu.of(0x6700);
        }
        return process(command);
    }

    /**
     * Answers one encoded command, as a reader driver delivers it.
     *
     * @param command the encoded command APDU
     * @return the encoded response APDU, data then SW1 SW2; {@code 6700} for bytes that are no
     *     well-formed APDU or an extended APDU when extended length is off
     * @throws CardIoException as {@link #transmit(CommandApdu)} does
     */
    public synchronized byte[] transmit(byte[] command) {
        Objects.requireNonNull(command, "command");
        admit();
        boolean extendedForm = command.length > 5 && command[4] == 0;
        if (extendedForm && !extendedLength) {
            return ResponseApdu.of(0x6700).toBytes();
        }
        CommandApdu parsed;
        try {
            parsed = CommandApdu.parse(command);
        } catch (CardDataException e) {
            return ResponseApdu.of(0x6700).toBytes();
        }
        return process(parsed).toBytes();
    }

    private void admit() {
        if (closed) {
            throw new CardIoException(Reason.TRANSPORT, "the simulated chip is closed");
        }
        commands++;
        if (!dropped && commands == dropAt) {
            dropped = true;
            lost = true;
            endAccess();
            throw new CardIoException(
                    Reason.CARD_LOST, "the simulated chip dropped the connection (command " + commands + ")");
        }
        if (lost) {
            throw new CardIoException(Reason.CARD_LOST, "the simulated chip is lost until reset");
        }
    }

    /**
     * Resets the chip: selections, BAC and PACE state and the secure messaging session end; a dropped
     * connection works again.
     *
     * @throws CardIoException with {@code TRANSPORT} after {@link #close()}
     */
    @Override
    public synchronized void reset() {
        if (closed) {
            throw new CardIoException(Reason.TRANSPORT, "the simulated chip is closed");
        }
        lost = false;
        endAccess();
        applicationSelected = false;
        currentFile = -1;
    }

    /** Closes the chip; further commands fail with {@code CardIoException} ({@code TRANSPORT}). */
    @Override
    public synchronized void close() {
        closed = true;
        endAccess();
    }

    private void endAccess() {
        session = null;
        pace = null;
        challenge = null;
    }

    // ---------------------------------------------------------------- dispatch

    private ResponseApdu process(CommandApdu command) {
        int cla = command.cla();
        if ((cla & 0x80) != 0 || (cla & 0x60) != 0) {
            return ResponseApdu.of(0x6E00);
        }
        int sm = cla & 0x0C;
        if (sm == 0) {
            session = null; // Doc 9303 Part 11 section 9.8: a plain command ends secure messaging
            return dispatch(command, false, command.ne() == 0 ? CommandApdu.MAX_SHORT_NE : command.ne());
        }
        SmSession current = session;
        if (sm != 0x0C || current == null) {
            session = null;
            return ResponseApdu.of(SmSession.SW_SM_INCORRECT);
        }
        CommandApdu plain;
        try {
            plain = current.unwrap(command);
        } catch (SmException e) {
            endAccess();
            return ResponseApdu.of(e.sw());
        }
        int outer = command.ne() == 0 ? CommandApdu.MAX_SHORT_NE : command.ne();
        ResponseApdu response = dispatch(plain, true, plainBudget(current.suite(), outer));
        protectedResponses++;
        return current.wrap(response, (command.ins() & 1) == 1, protectedResponses == corruptMacAt);
    }

    /** The most plain data bytes whose protected response fits {@code outer} bytes. */
    private static int plainBudget(Suite suite, int outer) {
        int low = 0;
        int high = LONGEST;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (protectedLength(suite, middle) <= outer) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static int protectedLength(Suite suite, int plain) {
        int cryptogram = plain == 0 ? 0 : (plain / suite.blockSize() + 1) * suite.blockSize() + 1;
        int do87 = plain == 0 ? 0 : 1 + Der.length(cryptogram).length + cryptogram;
        return do87 + 4 + 10;
    }

    private ResponseApdu dispatch(CommandApdu command, boolean secured, int budget) {
        boolean chained = (command.cla() & 0x10) != 0;
        if (chained && command.ins() != 0x86) {
            return ResponseApdu.of(0x6884);
        }
        switch (command.ins()) {
            case 0xA4:
                return select(command);
            case 0xB0:
                return readBinary(command, secured, budget);
            case 0xB1:
                return readBinaryOdd(command, secured, budget);
            case 0x84:
                return getChallenge(command);
            case 0x82:
                return externalAuthenticate(command);
            case 0x22:
                return manageSecurityEnvironment(command);
            case 0x86:
                return generalAuthenticate(command, chained);
            case 0x88:
                return internalAuthenticate(command, secured);
            default:
                return ResponseApdu.of(0x6D00);
        }
    }

    // ---------------------------------------------------------------- files

    private ResponseApdu select(CommandApdu command) {
        int p2 = command.p2();
        if (p2 != 0x0C && p2 != 0x00 && p2 != 0x04) {
            return ResponseApdu.of(0x6A86);
        }
        byte[] data = command.data();
        switch (command.p1()) {
            case 0x00:
                if (data.length == 0 || (data.length == 2 && fid(data) == MASTER_FILE)) {
                    return selectMasterFile(p2);
                }
                return data.length == 2 ? selectFile(fid(data), p2) : ResponseApdu.of(0x6700);
            case 0x02:
                return data.length == 2 ? selectFile(fid(data), p2) : ResponseApdu.of(0x6700);
            case 0x04:
                if (!Arrays.equals(data, EMRTD_AID)) {
                    return ResponseApdu.of(0x6A82);
                }
                applicationSelected = true;
                currentFile = -1;
                return p2 == 0x0C
                        ? ResponseApdu.of(0x9000)
                        : ResponseApdu.of(Der.constructed(0x6F, Der.tlv(0x84, EMRTD_AID)), 0x9000);
            default:
                return ResponseApdu.of(0x6A86);
        }
    }

    private ResponseApdu selectMasterFile(int p2) {
        if (selectMasterFileUnsupported) {
            return ResponseApdu.of(0x6D00);
        }
        applicationSelected = false;
        currentFile = -1;
        return p2 == 0x0C
                ? ResponseApdu.of(0x9000)
                : ResponseApdu.of(
                        Der.constructed(0x62, Der.tlv(0x82, new byte[] {0x38}), Der.tlv(0x83, new byte[] {0x3F, 0x00})),
                        0x9000);
    }

    private ResponseApdu selectFile(int fid, int p2) {
        if (!exists(fid)) {
            return ResponseApdu.of(0x6A82);
        }
        currentFile = fid;
        if (p2 == 0x0C) {
            return ResponseApdu.of(0x9000);
        }
        int size = bytes(fid).length;
        return ResponseApdu.of(
                Der.constructed(
                        0x62,
                        Der.tlv(0x80, new byte[] {(byte) (size >> 8), (byte) size}),
                        Der.tlv(0x82, new byte[] {0x01}),
                        Der.tlv(0x83, new byte[] {(byte) (fid >> 8), (byte) fid})),
                0x9000);
    }

    private static int fid(byte[] data) {
        return ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
    }

    /**
     * Whether a file can be selected here. The master file holds EF.CardAccess and EF.ATR/INFO; the
     * application holds EF.COM, the data groups and EF.SOD, and (leniently) lets the two master-file
     * EFs be selected too. DG3 and DG4 exist, protected.
     */
    private boolean exists(int fid) {
        if (fid == EF_ATR_INFO) {
            return true;
        }
        if (fid == LdsFileId.CARD_ACCESS.fileId()) {
            return content.has(LdsFileId.CARD_ACCESS);
        }
        if (!applicationSelected) {
            return false;
        }
        if (fid == LdsFileId.DG3.fileId() || fid == LdsFileId.DG4.fileId()) {
            return true;
        }
        LdsFileId id = applicationFile(fid);
        return id != null && content.has(id);
    }

    private static @Nullable LdsFileId applicationFile(int fid) {
        for (LdsFileId id : LdsFileId.values()) {
            if (id != LdsFileId.CARD_ACCESS && id.fileId() == fid) {
                return id;
            }
        }
        return null;
    }

    private byte[] bytes(int fid) {
        if (fid == EF_ATR_INFO) {
            return atrInfo;
        }
        if (fid == LdsFileId.CARD_ACCESS.fileId()) {
            return content.fileBytes(LdsFileId.CARD_ACCESS);
        }
        LdsFileId id = applicationFile(fid);
        return id == null ? new byte[0] : content.fileBytes(id);
    }

    /** The file a short EF identifier names in the current DF, or -1. */
    private int fileOfShortId(int sfi) {
        if (sfi == LdsFileId.CARD_ACCESS.shortFileId()) {
            return exists(LdsFileId.CARD_ACCESS.fileId()) ? LdsFileId.CARD_ACCESS.fileId() : -1;
        }
        if (!applicationSelected) {
            return sfi == 0x01 ? EF_ATR_INFO : -1;
        }
        for (LdsFileId id : LdsFileId.values()) {
            if (id != LdsFileId.CARD_ACCESS && id.shortFileId() == sfi) {
                return exists(id.fileId()) ? id.fileId() : -1;
            }
        }
        return -1;
    }

    private ResponseApdu readBinary(CommandApdu command, boolean secured, int budget) {
        int p1 = command.p1();
        int offset;
        if ((p1 & 0x80) != 0) {
            if ((p1 & 0x60) != 0) {
                return ResponseApdu.of(0x6A86);
            }
            int fid = fileOfShortId(p1 & 0x1F);
            if (fid < 0) {
                return ResponseApdu.of(0x6A82);
            }
            currentFile = fid;
            offset = command.p2();
        } else {
            if (currentFile < 0) {
                return ResponseApdu.of(0x6986);
            }
            offset = (p1 << 8) | command.p2();
        }
        ResponseApdu denied = denied(currentFile, secured);
        if (denied != null) {
            return denied;
        }
        byte[] file = bytes(currentFile);
        if (command.ne() == 0) {
            return ResponseApdu.of(0x6700);
        }
        if (offset >= file.length) {
            return ResponseApdu.of(0x6B00);
        }
        int count = Math.min(Math.min(command.ne(), budget), file.length - offset);
        return ResponseApdu.of(Arrays.copyOfRange(file, offset, offset + count), 0x9000);
    }

    private ResponseApdu readBinaryOdd(CommandApdu command, boolean secured, int budget) {
        int p1p2 = (command.p1() << 8) | command.p2();
        int fid;
        if (p1p2 == 0) {
            fid = currentFile;
            if (fid < 0) {
                return ResponseApdu.of(0x6986);
            }
        } else if (command.p1() == 0 && (command.p2() & 0xE0) == 0) {
            fid = fileOfShortId(command.p2() & 0x1F);
        } else {
            fid = exists(p1p2) ? p1p2 : -1;
        }
        if (fid < 0) {
            return ResponseApdu.of(0x6A82);
        }
        currentFile = fid;
        int offset;
        try {
            Tlv offsetObject = Tlv.parse(command.data(), "READ BINARY offset");
            if (offsetObject.tag() != 0x54 || offsetObject.valueLength() < 1 || offsetObject.valueLength() > 3) {
                return ResponseApdu.of(0x6A80);
            }
            offset = new BigInteger(1, offsetObject.value()).intValueExact();
        } catch (CardDataException e) {
            return ResponseApdu.of(0x6A80);
        }
        ResponseApdu denied = denied(fid, secured);
        if (denied != null) {
            return denied;
        }
        byte[] file = bytes(fid);
        if (command.ne() == 0) {
            return ResponseApdu.of(0x6700);
        }
        if (offset >= file.length) {
            return ResponseApdu.of(0x6B00);
        }
        int room = Math.min(command.ne(), budget);
        int count = Math.min(file.length - offset, room);
        while (count > 0 && 1 + Der.length(count).length + count > room) {
            count--;
        }
        if (count == 0) {
            return ResponseApdu.of(0x6700);
        }
        return ResponseApdu.of(Der.tlv(0x53, Arrays.copyOfRange(file, offset, offset + count)), 0x9000);
    }

    /** {@code 6982} for a file the current access does not open, or {@code null}. */
    private @Nullable ResponseApdu denied(int fid, boolean secured) {
        if (fid == LdsFileId.DG3.fileId() || fid == LdsFileId.DG4.fileId()) {
            return ResponseApdu.of(0x6982); // Extended Access Control, not simulated
        }
        boolean free = fid == EF_ATR_INFO || fid == LdsFileId.CARD_ACCESS.fileId();
        return free || secured ? null : ResponseApdu.of(0x6982);
    }

    // ---------------------------------------------------------------- BAC

    private ResponseApdu getChallenge(CommandApdu command) {
        if (command.p1() != 0 || command.p2() != 0) {
            return ResponseApdu.of(0x6A86);
        }
        if (command.ne() != 8) {
            return ResponseApdu.of(0x6700);
        }
        byte[] rndIc = new byte[8];
        random.nextBytes(rndIc);
        challenge = rndIc;
        return ResponseApdu.of(rndIc, 0x9000);
    }

    /** BAC, Doc 9303 Part 11 section 4.3.4: check the terminal's cryptogram, answer the chip's. */
    private ResponseApdu externalAuthenticate(CommandApdu command) {
        byte[] rndIc = challenge;
        challenge = null;
        if (rndIc == null) {
            return ResponseApdu.of(0x6985);
        }
        if (command.p1() != 0 || command.p2() != 0) {
            return ResponseApdu.of(0x6A86);
        }
        byte[] data = command.data();
        if (data.length != 40) {
            return ResponseApdu.of(0x6700);
        }
        Suite des = Suite.DES3;
        byte[] seed = Arrays.copyOf(sha1(content.bacKeySeed().bytes()), 16);
        byte[] kEnc = des.deriveKey(seed, Suite.ENC);
        byte[] kMac = des.deriveKey(seed, Suite.MAC);
        byte[] eIfd = Arrays.copyOf(data, 32);
        byte[] mIfd = Arrays.copyOfRange(data, 32, 40);
        if (!MessageDigest.isEqual(des.mac(kMac, des.pad(eIfd)), mIfd)) {
            return ResponseApdu.of(0x6300);
        }
        byte[] s = des.decrypt(kEnc, new byte[8], eIfd);
        byte[] rndIfd = Arrays.copyOf(s, 8);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(s, 8, 16), rndIc)) {
            return ResponseApdu.of(0x6300);
        }
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = new byte[16];
        random.nextBytes(kIc);
        byte[] eIc = des.encrypt(kEnc, new byte[8], Bytes.concat(rndIc, rndIfd, kIc));
        byte[] mIc = des.mac(kMac, des.pad(eIc));
        byte[] sessionSeed = Bytes.xor(kIfd, kIc);
        byte[] ssc = Bytes.concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        pace = null;
        session = new SmSession(des, des.deriveKey(sessionSeed, Suite.ENC), des.deriveKey(sessionSeed, Suite.MAC), ssc);
        return ResponseApdu.of(Bytes.concat(eIc, mIc), 0x9000);
    }

    // ---------------------------------------------------------------- PACE

    /** MSE:Set AT for PACE, Doc 9303 Part 11 section 4.4.4.1. */
    private ResponseApdu manageSecurityEnvironment(CommandApdu command) {
        if (command.p1() != 0xC1 || command.p2() != 0xA4) {
            return ResponseApdu.of(0x6A86);
        }
        pace = null;
        challenge = null;
        if (refusePace || content.paceOptions().isEmpty()) {
            return ResponseApdu.of(0x6A80);
        }
        byte @Nullable [] protocol = null;
        int passwordReference = -1;
        int parameterId = -1;
        try {
            TlvReader reader = TlvReader.of(command.data(), "MSE:Set AT");
            while (reader.hasNext()) {
                Tlv object = reader.next();
                switch (object.tag()) {
                    case 0x80:
                        protocol = object.value();
                        break;
                    case 0x83:
                        passwordReference = object.valueLength() == 1 ? object.valueByte(0) : -1;
                        break;
                    case 0x84:
                        parameterId = object.valueLength() == 1 ? object.valueByte(0) : -2;
                        break;
                    default:
                        break;
                }
            }
        } catch (CardDataException e) {
            return ResponseApdu.of(0x6A80);
        }
        if (protocol == null || passwordReference < 0 || parameterId == -2) {
            return ResponseApdu.of(0x6A80);
        }
        PaceOption chosen = null;
        for (PaceOption option : content.paceOptions()) {
            boolean sameProtocol =
                    Arrays.equals(protocol, Der.oidContent(option.protocol().oid()));
            if (sameProtocol
                    && (parameterId < 0 || parameterId == option.parameters().id())) {
                chosen = option;
                break;
            }
        }
        if (chosen == null) {
            return ResponseApdu.of(0x6A80);
        }
        byte[] password;
        switch (passwordReference) {
            case 0x01: // MRZ: π = SHA-1(MRZ information), Doc 9303 Part 11 section 9.7.3
                password = sha1(content.bacKeySeed().bytes());
                break;
            case 0x02: // CAN
                password = content.can().getBytes(StandardCharsets.US_ASCII);
                break;
            default:
                return ResponseApdu.of(0x6A88);
        }
        Suite suite = Suite.of(chosen.protocol().cipher());
        pace = new PaceRun(chosen, suite, suite.deriveKey(password, Suite.PACE));
        return ResponseApdu.of(0x9000);
    }

    /** GENERAL AUTHENTICATE, the four steps of Doc 9303 Part 11 section 4.4.4.2. */
    private ResponseApdu generalAuthenticate(CommandApdu command, boolean chained) {
        PaceRun run = pace;
        if (run == null) {
            return ResponseApdu.of(0x6985);
        }
        if (command.p1() != 0 || command.p2() != 0) {
            pace = null;
            return ResponseApdu.of(0x6A86);
        }
        if (chained != (run.step < 3)) {
            pace = null;
            return ResponseApdu.of(0x6985);
        }
        List<Tlv> objects;
        try {
            Tlv data = Tlv.parse(command.data(), "dynamic authentication data");
            if (data.tag() != 0x7C) {
                pace = null;
                return ResponseApdu.of(0x6A80);
            }
            objects = data.children();
        } catch (CardDataException e) {
            pace = null;
            return ResponseApdu.of(0x6A80);
        }
        try {
            byte[] answer;
            switch (run.step) {
                case 0:
                    answer = run.encryptedNonce(objects);
                    break;
                case 1:
                    answer = run.mapNonce(objects);
                    break;
                case 2:
                    answer = run.agreeKey(objects);
                    break;
                default:
                    byte @Nullable [] token = run.authenticate(objects);
                    pace = null;
                    if (token == null) {
                        return ResponseApdu.of(0x6300);
                    }
                    challenge = null;
                    session = new SmSession(run.suite, run.ksEnc, run.ksMac, new byte[run.suite.blockSize()]);
                    return ResponseApdu.of(Der.tlv(0x7C, Der.tlv(0x86, token)), 0x9000);
            }
            run.step++;
            return ResponseApdu.of(Der.tlv(0x7C, answer), 0x9000);
        } catch (IllegalArgumentException e) {
            pace = null;
            return ResponseApdu.of(0x6A80);
        }
    }

    /** One PACE run on the chip's side. */
    private final class PaceRun {

        final PaceOption option;
        final Suite suite;
        final byte[] passwordKey;
        int step;
        PaceGroup group;
        byte[] nonce = new byte[0];
        byte[] publicKey = new byte[0];
        byte[] terminalKey = new byte[0];
        byte[] ksEnc = new byte[0];
        byte[] ksMac = new byte[0];

        PaceRun(PaceOption option, Suite suite, byte[] passwordKey) {
            this.option = option;
            this.suite = suite;
            this.passwordKey = passwordKey;
            this.group = PaceGroup.of(option.parameters());
        }

        /** Step 1: a nonce s, sent as z = E(Kπ, s) in CBC mode with a zero IV. */
        byte[] encryptedNonce(List<Tlv> objects) {
            if (!objects.isEmpty()) {
                throw new IllegalArgumentException("step 1 carries no data objects");
            }
            nonce = new byte[16];
            random.nextBytes(nonce);
            return Der.tlv(0x80, suite.encrypt(passwordKey, new byte[suite.blockSize()], nonce));
        }

        /** Step 2: exchange mapping keys, map the generator. */
        byte[] mapNonce(List<Tlv> objects) {
            byte[] terminalMappingKey = single(objects, 0x81);
            BigInteger privateKey = random.nextPrivateKey(group.order());
            byte[] chipMappingKey = group.publicKey(privateKey);
            group = group.map(nonce, privateKey, terminalMappingKey);
            return Der.tlv(0x82, chipMappingKey);
        }

        /** Step 3: ephemeral keys on the mapped generator, shared secret, session keys. */
        byte[] agreeKey(List<Tlv> objects) {
            terminalKey = single(objects, 0x83);
            group.check(terminalKey);
            BigInteger privateKey = random.nextPrivateKey(group.order());
            publicKey = group.publicKey(privateKey);
            if (Arrays.equals(publicKey, terminalKey)) {
                throw new IllegalArgumentException("the terminal's key equals the chip's");
            }
            byte[] shared = group.agree(privateKey, terminalKey);
            ksEnc = suite.deriveKey(shared, Suite.ENC);
            ksMac = suite.deriveKey(shared, Suite.MAC);
            return Der.tlv(0x84, publicKey);
        }

        /** Step 4: check the terminal's token over the chip's key; the chip's token, or null. */
        byte @Nullable [] authenticate(List<Tlv> objects) {
            byte[] token = single(objects, 0x85);
            String oid = option.protocol().oid();
            byte[] expected = suite.tokenMac(ksMac, group.keyDataObject(oid, publicKey));
            if (!MessageDigest.isEqual(expected, token)) {
                return null;
            }
            return suite.tokenMac(ksMac, group.keyDataObject(oid, terminalKey));
        }

        private byte[] single(List<Tlv> objects, int tag) {
            if (objects.size() != 1 || objects.get(0).tag() != tag) {
                throw new IllegalArgumentException("expected one data object " + Tlv.tagHex(tag));
            }
            return objects.get(0).value();
        }
    }

    // ---------------------------------------------------------------- Active Authentication

    /** INTERNAL AUTHENTICATE, Doc 9303 Part 11 section 6.1: ECDSA over the terminal's challenge. */
    private ResponseApdu internalAuthenticate(CommandApdu command, boolean secured) {
        if (!secured) {
            return ResponseApdu.of(0x6982);
        }
        if (command.p1() != 0 || command.p2() != 0) {
            return ResponseApdu.of(0x6A86);
        }
        byte[] data = command.data();
        if (data.length != 8) {
            return ResponseApdu.of(0x6700);
        }
        ECPrivateKey key = (ECPrivateKey) content.activeAuthenticationKey();
        int size = (key.getParams().getOrder().bitLength() + 7) / 8;
        try {
            // Deterministic ECDSA (RFC 6979), so the answer needs no randomness; plain r || s.
            Signature signer = Signature.getInstance("SHA256withECDDSA", TestPki.provider());
            signer.initSign(key);
            signer.update(data);
            ASN1Sequence der = ASN1Sequence.getInstance(signer.sign());
            BigInteger r = ASN1Integer.getInstance(der.getObjectAt(0)).getValue();
            BigInteger s = ASN1Integer.getInstance(der.getObjectAt(1)).getValue();
            return ResponseApdu.of(Bytes.concat(Bytes.unsigned(r, size), Bytes.unsigned(s, size)), 0x9000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Active Authentication signing failed", e);
        }
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }

    /** The configuration; never data or keys. */
    @Override
    public String toString() {
        return "SimulatedChip[" + content + (extendedLength ? "" : ", short length only")
                + (refusePace ? ", refuses PACE" : "") + (closed ? ", closed" : "") + "]";
    }

    /** Builds a {@link SimulatedChip}: content, randomness, and the difficulties of real cards. */
    public static final class Builder {

        private ChipContent content = ChipContent.sampleCitizen();
        private ChipRandom random = ChipRandom.secure();
        private boolean refusePace;
        private boolean selectMasterFileUnsupported;
        private boolean extendedLength = true;
        private int dropAt;
        private int corruptMacAt;

        private Builder() {}

        /**
         * What the chip holds.
         *
         * @param content the content; {@link ChipContent#sampleCitizen()} by default
         * @return this builder
         */
        public Builder content(ChipContent content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        /**
         * Where random values come from.
         *
         * @param random the source; {@link ChipRandom#secure()} by default
         * @return this builder
         */
        public Builder random(ChipRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Makes MSE:Set AT for PACE answer {@code 6A80} although EF.CardAccess lists PACE (a chip
         * whose PACE is broken; readers must fall back to BAC). For a chip without PACE at all, give
         * its content no PACE options.
         *
         * @return this builder
         */
        public Builder refusePace() {
            this.refusePace = true;
            return this;
        }

        /**
         * Makes SELECT of the master file answer {@code 6D00}, as some chips do.
         *
         * @return this builder
         */
        public Builder selectMasterFileUnsupported() {
            this.selectMasterFileUnsupported = true;
            return this;
        }

        /**
         * Whether extended-length APDUs are accepted (and announced in the ATR and EF.ATR/INFO).
         *
         * @param supported {@code true} by default; {@code false} answers {@code 6700} to them
         * @return this builder
         */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /**
         * Drops the connection once: the n-th command (counting every command since the chip was
         * built) throws {@link CardIoException} with {@code CARD_LOST}, as do the commands after it,
         * until {@link SimulatedChip#reset()}; access control must then be done again.
         *
         * @param n the command that fails, 1 for the first
         * @return this builder
         */
        public Builder dropConnectionAt(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("command number " + n + " must be at least 1");
            }
            this.dropAt = n;
            return this;
        }

        /**
         * Corrupts the MAC of one protected response: the n-th since the chip was built.
         *
         * @param n the protected response whose MAC is wrong, 1 for the first
         * @return this builder
         */
        public Builder corruptResponseMacAt(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("response number " + n + " must be at least 1");
            }
            this.corruptMacAt = n;
            return this;
        }

        /**
         * Builds the chip.
         *
         * @return a new chip, powered and reset
         */
        public SimulatedChip build() {
            return new SimulatedChip(this);
        }
    }
}
