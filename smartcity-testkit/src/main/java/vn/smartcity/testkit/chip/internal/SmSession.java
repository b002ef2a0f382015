package vn.smartcity.testkit.chip.internal;

import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;

/**
 * Secure messaging on the chip's side (ICAO Doc 9303 Part 11, section 9.8): the session keys and
 * the send sequence counter, checking and opening protected commands, protecting responses.
 *
 * <p>A protected command carries {@code [DO'87' | DO'85'] [DO'97'] DO'8E'} in that order; the MAC
 * covers the SSC, the padded header and those objects, padded. A protected response carries {@code
 * [DO'87' | DO'85'] DO'99' DO'8E'}. The SSC is incremented before each command and each response.
 * For AES the IV is the SSC encrypted with KS<sub>Enc</sub> (section 9.8.6.1), for 3DES zero.
 * {@code DO'85'} (odd INS) holds the cryptogram without the padding-content indicator (ISO/IEC
 * 7816-4, Table 60); one that has the indicator anyway is read as well.
 */
public final class SmSession {

    /** Wrong or missing secure messaging data objects: ISO/IEC 7816-4 {@code 6987}. */
    public static final int SW_SM_MISSING = 0x6987;

    /** Incorrect secure messaging data objects (a wrong MAC): ISO/IEC 7816-4 {@code 6988}. */
    public static final int SW_SM_INCORRECT = 0x6988;

    private final Suite suite;
    private final byte[] ksEnc;
    private final byte[] ksMac;
    private final byte[] ssc;

    /**
     * Starts a session.
     *
     * @param suite the cipher suite
     * @param ksEnc the encryption key KS<sub>Enc</sub>
     * @param ksMac the MAC key KS<sub>MAC</sub>
     * @param ssc the initial send sequence counter, one block long; copied
     */
    public SmSession(Suite suite, byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        if (ssc.length != suite.blockSize()) {
            throw new IllegalArgumentException(
                    "SSC of " + ssc.length + " bytes; " + suite + " needs " + suite.blockSize());
        }
        this.suite = suite;
        this.ksEnc = ksEnc.clone();
        this.ksMac = ksMac.clone();
        this.ssc = ssc.clone();
    }

    /**
     * The cipher suite.
     *
     * @return the suite
     */
    public Suite suite() {
        return suite;
    }

    /**
     * The send sequence counter now.
     *
     * @return a copy
     */
    public byte[] ssc() {
        return ssc.clone();
    }

    /**
     * Checks and opens a protected command.
     *
     * @param command the command as received, its class byte with bits {@code 0C} set
     * @return the plain command: class byte without the SM bits, the decrypted data, N<sub>e</sub>
     *     from {@code DO'97'}
     * @throws SmException with {@code 6987} or {@code 6988}; the session must then end
     */
    public CommandApdu unwrap(CommandApdu command) {
        Bytes.increment(ssc);
        byte[] data = command.data();
        @Nullable Tlv cryptogram = null;
        @Nullable Tlv expectedLength = null;
        @Nullable Tlv checksum = null;
        try {
            TlvReader reader = TlvReader.of(data, "protected command");
            while (reader.hasNext()) {
                Tlv object = reader.next();
                if (checksum != null) {
                    throw new SmException(SW_SM_INCORRECT, "data object after DO'8E'");
                }
                switch (object.tag()) {
                    case 0x85:
                    case 0x87:
                        if (cryptogram != null || expectedLength != null) {
                            throw new SmException(SW_SM_INCORRECT, "DO'87' out of place");
                        }
                        cryptogram = object;
                        break;
                    case 0x97:
                        if (expectedLength != null) {
                            throw new SmException(SW_SM_INCORRECT, "DO'97' twice");
                        }
                        expectedLength = object;
                        break;
                    case 0x8E:
                        checksum = object;
                        break;
                    default:
                        throw new SmException(SW_SM_INCORRECT, "unexpected data object " + object.tagHex());
                }
            }
        } catch (CardDataException e) {
            throw new SmException(SW_SM_INCORRECT, "malformed data objects");
        }
        if (checksum == null) {
            throw new SmException(SW_SM_MISSING, "no DO'8E'");
        }
        byte[] header = {(byte) command.cla(), (byte) command.ins(), (byte) command.p1(), (byte) command.p2()};
        byte[] macInput = Bytes.concat(
                ssc,
                suite.pad(header),
                cryptogram == null ? new byte[0] : cryptogram.encoded(),
                expectedLength == null ? new byte[0] : expectedLength.encoded());
        byte[] mac = suite.mac(ksMac, suite.pad(macInput));
        if (!MessageDigest.isEqual(mac, checksum.value())) {
            throw new SmException(SW_SM_INCORRECT, "wrong MAC");
        }
        byte[] plain = cryptogram == null ? new byte[0] : open(cryptogram);
        int ne = expectedLength == null ? 0 : ne(expectedLength.value());
        return CommandApdu.of(command.cla() & ~0x0C, command.ins(), command.p1(), command.p2(), plain, ne);
    }

    private byte[] open(Tlv cryptogram) {
        byte[] value = cryptogram.value();
        boolean indicator = cryptogram.tag() == 0x87 || value.length % suite.blockSize() == 1;
        if (indicator && (value.length == 0 || value[0] != 0x01)) {
            throw new SmException(SW_SM_INCORRECT, "padding-content indicator is not 01");
        }
        byte[] encrypted = indicator ? Arrays.copyOfRange(value, 1, value.length) : value;
        if (encrypted.length == 0 || encrypted.length % suite.blockSize() != 0) {
            throw new SmException(SW_SM_INCORRECT, "cryptogram is not whole blocks");
        }
        byte[] padded = suite.decrypt(ksEnc, iv(), encrypted);
        byte[] plain = suite.unpad(padded);
        if (plain == null) {
            throw new SmException(SW_SM_INCORRECT, "bad padding in the cryptogram");
        }
        return plain;
    }

    private static int ne(byte[] le) {
        switch (le.length) {
            case 0: // an empty DO'97' (ISO/IEC 7816-4 advises against it): as Le = 00
                return CommandApdu.MAX_SHORT_NE;
            case 1:
                return le[0] == 0 ? CommandApdu.MAX_SHORT_NE : le[0] & 0xFF;
            case 2:
                int value = ((le[0] & 0xFF) << 8) | (le[1] & 0xFF);
                return value == 0 ? CommandApdu.MAX_EXTENDED_NE : value;
            default:
                throw new SmException(SW_SM_INCORRECT, "DO'97' of " + le.length + " bytes");
        }
    }

    /**
     * Protects a response.
     *
     * @param plain the plain response
     * @param oddIns whether the command's INS was odd (the data then goes in {@code DO'85'})
     * @param corruptMac whether to flip a bit of the MAC (to simulate a faulty card)
     * @return the protected response, with the plain response's status word as its own
     */
    public ResponseApdu wrap(ResponseApdu plain, boolean oddIns, boolean corruptMac) {
        Bytes.increment(ssc);
        byte[] cryptogram = new byte[0];
        if (plain.dataLength() > 0) {
            byte[] encrypted = suite.encrypt(ksEnc, iv(), suite.pad(plain.data()));
            cryptogram = oddIns ? Der.tlv(0x85, encrypted) : Der.tlv(0x87, Bytes.concat(new byte[] {0x01}, encrypted));
        }
        byte[] status = Der.tlv(0x99, new byte[] {(byte) plain.sw1(), (byte) plain.sw2()});
        byte[] mac = suite.mac(ksMac, suite.pad(Bytes.concat(ssc, cryptogram, status)));
        if (corruptMac) {
            mac[mac.length - 1] ^= 0x01;
        }
        return ResponseApdu.of(Bytes.concat(cryptogram, status, Der.tlv(0x8E, mac)), plain.sw());
    }

    private byte[] iv() {
        return suite.aes() ? suite.encryptBlock(ksEnc, ssc) : new byte[suite.blockSize()];
    }

    /** A protected command the chip rejects; the status word says why. */
    public static final class SmException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int sw;

        /**
         * Creates the exception.
         *
         * @param sw the status word to answer
         * @param message what was wrong, without command data
         */
        public SmException(int sw, String message) {
            super(message);
            this.sw = sw;
        }

        /**
         * The status word.
         *
         * @return {@code 6987} or {@code 6988}
         */
        public int sw() {
            return sw;
        }
    }
}
