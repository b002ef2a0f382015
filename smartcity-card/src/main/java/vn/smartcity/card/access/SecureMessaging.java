package vn.smartcity.card.access;

import java.util.Objects;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.PaceProtocol;

/**
 * Secure messaging of ICAO Doc 9303 Part 11, section 9.8, with the session keys of BAC or PACE:
 * {@link #wrap(CommandApdu)} protects a command (DO'87' with padding indicator {@code 01}, or DO'85'
 * for an odd INS; DO'97' for Le; DO'8E' for the MAC), {@link #unwrap(ResponseApdu)} verifies the MAC
 * of a response (DO'87' or DO'85', DO'99', DO'8E') before it decrypts anything.
 *
 * <ul>
 *   <li>3DES: two-key 3DES in CBC mode with a zero IV, the retail MAC (ISO/IEC 9797-1 MAC
 *       algorithm 3), padding method 2 of ISO/IEC 9797-1, an 8-byte send sequence counter.
 *   <li>AES: AES in CBC mode with {@code IV = E(KS_enc, SSC)}, AES-CMAC cut to 8 bytes, padding
 *       method 2 with 16-byte blocks, a 16-byte counter.
 * </ul>
 *
 * <p>The counter goes up by one for each command and each protected response. A response that is
 * only an error status word (no data objects) is returned as it came and does not move the counter:
 * the chip did not protect it. Commands and responses switch to extended length when the command
 * needs it.
 *
 * <p>An instance keeps its cipher engines and scratch buffers, so wrapping and unwrapping allocate
 * little more than the APDUs themselves. It is not thread-safe: one session, one thread.
 * {@link #toString()} shows the cipher only.
 */
public final class SecureMessaging {

    private static final int MAC_LENGTH = 8;

    /** The block cipher of a session. */
    public enum Cipher {
        /** Two-key 3DES with the retail MAC (BAC, and PACE with 3DES). */
        TRIPLE_DES(8),
        /** AES with AES-CMAC (PACE with AES-128, -192 or -256). */
        AES(16);

        private final int blockSize;

        Cipher(int blockSize) {
            this.blockSize = blockSize;
        }

        /**
         * The block size, which is also the length of the send sequence counter.
         *
         * @return 8 or 16
         */
        public int blockSize() {
            return blockSize;
        }
    }

    private final Cipher cipher;
    private final int keyBits;
    private final int block;
    private final byte[] ssc;
    private final KeyParameter encKey;
    private final BlockCipher cbc;
    private final @Nullable BlockCipher ivCipher;
    private final Mac mac;
    private final byte[] iv;
    private final byte[] macOut;
    private final byte[] padding;
    private final byte[] header = new byte[4];
    private int macCount;

    private SecureMessaging(Cipher cipher, byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        this.cipher = cipher;
        this.block = cipher.blockSize();
        this.keyBits = cipher == Cipher.TRIPLE_DES ? 112 : ksEnc.length * 8;
        this.ssc = ssc.clone();
        this.encKey = new KeyParameter(ksEnc);
        KeyParameter macKey = new KeyParameter(ksMac);
        if (cipher == Cipher.AES) {
            this.cbc = CBCBlockCipher.newInstance(AESEngine.newInstance());
            BlockCipher ecb = AESEngine.newInstance();
            ecb.init(true, encKey);
            this.ivCipher = ecb;
            this.mac = new CMac(AESEngine.newInstance(), MAC_LENGTH * 8);
        } else {
            this.cbc = CBCBlockCipher.newInstance(new DESedeEngine());
            this.ivCipher = null;
            this.mac = new ISO9797Alg3Mac(new DESEngine());
        }
        this.mac.init(macKey);
        this.iv = new byte[block];
        this.macOut = new byte[mac.getMacSize()];
        this.padding = new byte[block];
        this.padding[0] = (byte) 0x80;
    }

    /**
     * A 3DES session, as BAC establishes (Doc 9303 Part 11, section 9.8.6.1).
     *
     * @param ksEnc the 16-byte encryption key
     * @param ksMac the 16-byte MAC key
     * @param ssc the 8-byte send sequence counter before the first command
     * @return the session
     * @throws IllegalArgumentException if a length is wrong
     */
    public static SecureMessaging tripleDes(byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        check(ksEnc, 16, "KS_enc");
        check(ksMac, 16, "KS_mac");
        check(ssc, 8, "SSC");
        return new SecureMessaging(Cipher.TRIPLE_DES, ksEnc, ksMac, ssc);
    }

    /**
     * An AES session (Doc 9303 Part 11, section 9.8.6.2).
     *
     * @param ksEnc the 16-, 24- or 32-byte encryption key
     * @param ksMac the MAC key of the same length
     * @param ssc the 16-byte send sequence counter before the first command
     * @return the session
     * @throws IllegalArgumentException if a length is wrong
     */
    public static SecureMessaging aes(byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        Objects.requireNonNull(ksEnc, "ksEnc");
        if (ksEnc.length != 16 && ksEnc.length != 24 && ksEnc.length != 32) {
            throw new IllegalArgumentException("KS_enc has " + ksEnc.length + " bytes; AES needs 16, 24 or 32");
        }
        check(ksMac, ksEnc.length, "KS_mac");
        check(ssc, 16, "SSC");
        return new SecureMessaging(Cipher.AES, ksEnc, ksMac, ssc);
    }

    /**
     * The session PACE establishes: the cipher of the protocol and a counter of zero (Doc 9303 Part
     * 11, section 9.8.2).
     *
     * @param cipher the PACE cipher
     * @param ksEnc the encryption key
     * @param ksMac the MAC key
     * @return the session
     */
    public static SecureMessaging afterPace(PaceProtocol.Cipher cipher, byte[] ksEnc, byte[] ksMac) {
        return cipher == PaceProtocol.Cipher.DES3_CBC_CBC
                ? tripleDes(ksEnc, ksMac, new byte[8])
                : aes(ksEnc, ksMac, new byte[16]);
    }

    private static void check(byte[] value, int length, String name) {
        Objects.requireNonNull(value, name);
        if (value.length != length) {
            throw new IllegalArgumentException(name + " has " + value.length + " bytes, expected " + length);
        }
    }

    /**
     * The cipher.
     *
     * @return 3DES or AES
     */
    public Cipher cipher() {
        return cipher;
    }

    /**
     * The cipher and key length as people write it.
     *
     * @return such as {@code 3DES} or {@code AES-128}
     */
    public String cipherName() {
        return cipher == Cipher.TRIPLE_DES ? "3DES" : "AES-" + keyBits;
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
     * Protects a command: increments the counter, encrypts the data into DO'87' (DO'85' for an odd
     * INS), puts Le into DO'97', computes DO'8E' over the masked header and those objects, and sets
     * the class byte's secure-messaging bits ({@code 0C}).
     *
     * @param command the plain command
     * @return the protected command, expecting a response of up to 256 bytes (65,536 when the
     *     command is extended)
     */
    public CommandApdu wrap(CommandApdu command) {
        increment();
        int cla = command.cla() | 0x0C;
        int ins = command.ins();
        header[0] = (byte) cla;
        header[1] = (byte) ins;
        header[2] = (byte) command.p1();
        header[3] = (byte) command.p2();
        byte[] data = command.data();
        int ne = command.ne();
        boolean odd = (ins & 1) == 1;

        int cryptogramLength = data.length == 0 ? 0 : (data.length / block + 1) * block;
        int doDataValue = data.length == 0 ? 0 : cryptogramLength + (odd ? 0 : 1);
        int doDataLength = data.length == 0 ? 0 : 1 + lengthOfLength(doDataValue) + doDataValue;
        boolean extendedLe = ne > CommandApdu.MAX_SHORT_NE;
        int doLeLength = ne == 0 ? 0 : (extendedLe ? 4 : 3);
        int total = doDataLength + doLeLength + 2 + MAC_LENGTH;
        byte[] out = new byte[total];

        int i = 0;
        if (data.length > 0) {
            out[i++] = (byte) (odd ? 0x85 : 0x87);
            i = writeLength(out, i, doDataValue);
            if (!odd) {
                out[i++] = 0x01;
            }
            System.arraycopy(data, 0, out, i, data.length);
            out[i + data.length] = (byte) 0x80;
            initCipher(true);
            for (int b = 0; b < cryptogramLength; b += block) {
                cbc.processBlock(out, i + b, out, i + b);
            }
            i += cryptogramLength;
        }
        if (ne > 0) {
            out[i++] = (byte) 0x97;
            if (extendedLe) {
                int le = ne == CommandApdu.MAX_EXTENDED_NE ? 0 : ne;
                out[i++] = 2;
                out[i++] = (byte) (le >> 8);
                out[i++] = (byte) le;
            } else {
                out[i++] = 1;
                out[i++] = (byte) (ne == CommandApdu.MAX_SHORT_NE ? 0 : ne);
            }
        }
        macStart();
        macUpdate(header, 0, 4);
        macPad();
        macUpdate(out, 0, i);
        macFinish();
        out[i++] = (byte) 0x8E;
        out[i++] = MAC_LENGTH;
        System.arraycopy(macOut, 0, out, i, MAC_LENGTH);

        boolean extended = command.isExtended() || total > 255;
        return CommandApdu.of(
                cla,
                ins,
                command.p1(),
                command.p2(),
                out,
                extended ? CommandApdu.MAX_EXTENDED_NE : CommandApdu.MAX_SHORT_NE);
    }

    /**
     * Checks and opens a protected response: increments the counter, verifies DO'8E' over the
     * counter and every data object before it, and only then decrypts DO'87' or DO'85' and takes
     * the status word from DO'99'.
     *
     * @param response the response as the chip sent it
     * @return the plain response; an unprotected error status (no data) is returned as it came
     * @throws SecureMessagingException if the MAC is missing or wrong, the data objects or the
     *     padding are malformed, or the chip answered {@code 6987}/{@code 6988}
     */
    public ResponseApdu unwrap(ResponseApdu response) {
        byte[] d = response.data();
        int outerSw = response.sw();
        if (d.length == 0) {
            if (outerSw == 0x6987 || outerSw == 0x6988) {
                throw new SecureMessagingException(
                        SecureMessagingException.Reason.CHIP_REJECTED,
                        String.format(
                                "the chip reports a secure-messaging error (%04X): the session has ended", outerSw),
                        outerSw);
            }
            int sw1 = outerSw >> 8;
            if (sw1 == 0x90 || sw1 == 0x61 || sw1 == 0x62 || sw1 == 0x63) {
                throw new SecureMessagingException(
                        SecureMessagingException.Reason.MISSING_MAC,
                        String.format("the response (%04X) carries no MAC (DO'8E')", outerSw),
                        outerSw);
            }
            return response;
        }
        increment();
        int dataTag = -1;
        int dataValue = -1;
        int dataLength = 0;
        int sw99 = -1;
        int macAt = -1;
        int i = 0;
        while (i < d.length) {
            int tag = d[i] & 0xFF;
            int start = i;
            i++;
            if (i >= d.length) {
                throw malformed("data object " + hex(tag) + " at " + start + " has no length", outerSw);
            }
            int length = d[i++] & 0xFF;
            if (length == 0x81 || length == 0x82) {
                int n = length - 0x80;
                if (i + n > d.length) {
                    throw malformed("length of data object " + hex(tag) + " at " + start + " is cut short", outerSw);
                }
                length = 0;
                for (int k = 0; k < n; k++) {
                    length = (length << 8) | (d[i++] & 0xFF);
                }
            } else if (length > 0x7F) {
                throw malformed("data object " + hex(tag) + " at " + start + " has a bad length byte", outerSw);
            }
            if (length > d.length - i) {
                throw malformed(
                        "data object " + hex(tag) + " at " + start + " claims " + length + " bytes; " + (d.length - i)
                                + " remain",
                        outerSw);
            }
            switch (tag) {
                case 0x85:
                case 0x87:
                    if (dataTag >= 0 || macAt >= 0) {
                        throw malformed("unexpected data object " + hex(tag) + " at " + start, outerSw);
                    }
                    dataTag = tag;
                    dataValue = i;
                    dataLength = length;
                    break;
                case 0x99:
                    if (length != 2 || sw99 >= 0 || macAt >= 0) {
                        throw malformed("DO'99' at " + start + " is not one 2-byte status word", outerSw);
                    }
                    sw99 = ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
                    break;
                case 0x8E:
                    if (length != MAC_LENGTH || i + length != d.length) {
                        throw malformed("DO'8E' at " + start + " is not the last object with 8 bytes", outerSw);
                    }
                    macAt = start;
                    break;
                default:
                    throw malformed("unexpected data object " + hex(tag) + " at " + start, outerSw);
            }
            i += length;
        }
        if (macAt < 0) {
            throw new SecureMessagingException(
                    SecureMessagingException.Reason.MISSING_MAC,
                    String.format("the response (%04X) carries no MAC (DO'8E')", outerSw),
                    outerSw);
        }
        macStart();
        macUpdate(d, 0, macAt);
        macFinish();
        int diff = 0;
        for (int k = 0; k < MAC_LENGTH; k++) {
            diff |= macOut[k] ^ d[macAt + 2 + k];
        }
        if (diff != 0) {
            throw new SecureMessagingException(
                    SecureMessagingException.Reason.BAD_MAC,
                    "the response MAC does not verify: the response was altered or the session keys differ",
                    outerSw);
        }
        byte[] plain = new byte[0];
        if (dataTag >= 0) {
            int offset = dataValue;
            int length = dataLength;
            if (dataTag == 0x87) {
                if (length < 1 || d[offset] != 0x01) {
                    throw malformed("DO'87' does not start with padding indicator 01", outerSw);
                }
                offset++;
                length--;
            }
            if (length == 0 || length % block != 0) {
                throw malformed("the cryptogram of " + length + " bytes is not whole blocks", outerSw);
            }
            byte[] clear = new byte[length];
            initCipher(false);
            for (int b = 0; b < length; b += block) {
                cbc.processBlock(d, offset + b, clear, b);
            }
            int end = length - 1;
            while (end >= 0 && clear[end] == 0) {
                end--;
            }
            if (end < 0 || (clear[end] & 0xFF) != 0x80) {
                throw malformed("the decrypted response data are not padded with method 2", outerSw);
            }
            plain = java.util.Arrays.copyOf(clear, end);
        }
        return ResponseApdu.of(plain, sw99 >= 0 ? sw99 : outerSw);
    }

    private void initCipher(boolean encrypt) {
        if (ivCipher != null) {
            ivCipher.processBlock(ssc, 0, iv, 0);
        }
        cbc.init(encrypt, new ParametersWithIV(encKey, iv));
    }

    private void increment() {
        for (int k = ssc.length - 1; k >= 0; k--) {
            ssc[k]++;
            if (ssc[k] != 0) {
                return;
            }
        }
    }

    private void macStart() {
        mac.reset();
        macCount = 0;
        macUpdate(ssc, 0, ssc.length);
    }

    private void macUpdate(byte[] bytes, int offset, int length) {
        mac.update(bytes, offset, length);
        macCount += length;
    }

    /** Pads what was fed to the MAC so far with method 2. */
    private void macPad() {
        int n = block - (macCount % block);
        macUpdate(padding, 0, n);
    }

    private void macFinish() {
        macPad();
        mac.doFinal(macOut, 0);
    }

    private static int lengthOfLength(int length) {
        return length < 0x80 ? 1 : length <= 0xFF ? 2 : 3;
    }

    private static int writeLength(byte[] out, int i, int length) {
        if (length < 0x80) {
            out[i++] = (byte) length;
        } else if (length <= 0xFF) {
            out[i++] = (byte) 0x81;
            out[i++] = (byte) length;
        } else {
            out[i++] = (byte) 0x82;
            out[i++] = (byte) (length >> 8);
            out[i++] = (byte) length;
        }
        return i;
    }

    private static SecureMessagingException malformed(String message, int sw) {
        return new SecureMessagingException(SecureMessagingException.Reason.MALFORMED, message, sw);
    }

    private static String hex(int tag) {
        return String.format("'%02X'", tag);
    }

    /**
     * The cipher, never keys or the counter.
     *
     * @return such as {@code SecureMessaging[AES-128]}
     */
    @Override
    public String toString() {
        return "SecureMessaging[" + cipherName() + "]";
    }
}
