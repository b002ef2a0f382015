package vn.smartcity.benchmarks;

import java.util.Arrays;
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

/**
 * The chip's side of secure messaging (ICAO Doc 9303 Part 11, section 9.8), only as far as the
 * benchmarks need it: protecting a response, {@code DO'87' DO'99' DO'8E'}, with the session keys
 * and a send sequence counter that goes up by one before each response. 3DES: CBC with a zero IV
 * and the retail MAC; AES: CBC with {@code IV = E(KS_enc, SSC)} and AES-CMAC cut to 8 bytes;
 * padding method 2 of ISO/IEC 9797-1 for both. Built on Bouncy Castle's engines, independently of
 * smartcity-card's {@code SecureMessaging} and of JMRTD, and checked against Appendix D.4 in {@code
 * ChipResponsesTest}. Not for production: it computes the MAC over a copy and allocates freely.
 */
final class ChipResponses {

    private final boolean aes;
    private final int block;
    private final byte[] ksEnc;
    private final Mac mac;
    private final byte[] ssc;

    private ChipResponses(boolean aes, byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        this.aes = aes;
        this.block = aes ? 16 : 8;
        this.ksEnc = ksEnc.clone();
        this.mac = aes ? new CMac(AESEngine.newInstance(), 64) : new ISO9797Alg3Mac(new DESEngine());
        this.mac.init(new KeyParameter(ksMac));
        this.ssc = ssc.clone();
    }

    /**
     * A 3DES session.
     *
     * @param ksEnc the 16-byte encryption key
     * @param ksMac the 16-byte MAC key
     * @param ssc the 8-byte counter before the next response
     * @return the session
     */
    static ChipResponses tripleDes(byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        return new ChipResponses(false, ksEnc, ksMac, ssc);
    }

    /**
     * An AES session.
     *
     * @param ksEnc the encryption key
     * @param ksMac the MAC key
     * @param ssc the 16-byte counter before the next response
     * @return the session
     */
    static ChipResponses aes(byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        return new ChipResponses(true, ksEnc, ksMac, ssc);
    }

    /**
     * Protects a response: counts it, encrypts the data (if any) into {@code DO'87'}, the status
     * word into {@code DO'99'}, the MAC over the counter and both into {@code DO'8E'}.
     *
     * @param data the plain response data, possibly empty
     * @param sw the status word
     * @return the response APDU as the chip sends it: the data objects, then the status word
     */
    byte[] protect(byte[] data, int sw) {
        increment(ssc);
        byte[] do87 = new byte[0];
        if (data.length > 0) {
            byte[] padded = pad(data);
            byte[] cryptogram = new byte[padded.length];
            BlockCipher cbc = CBCBlockCipher.newInstance(aes ? AESEngine.newInstance() : new DESedeEngine());
            cbc.init(true, new ParametersWithIV(new KeyParameter(ksEnc), iv()));
            for (int i = 0; i < padded.length; i += block) {
                cbc.processBlock(padded, i, cryptogram, i);
            }
            do87 = concat(tlvHead(0x87, cryptogram.length + 1), new byte[] {0x01}, cryptogram);
        }
        byte[] do99 = {(byte) 0x99, 2, (byte) (sw >> 8), (byte) sw};
        byte[] input = pad(concat(ssc, do87, do99));
        byte[] checksum = new byte[mac.getMacSize()];
        mac.update(input, 0, input.length);
        mac.doFinal(checksum, 0);
        byte[] do8e = concat(new byte[] {(byte) 0x8E, 8}, Arrays.copyOf(checksum, 8));
        return concat(do87, do99, do8e, new byte[] {(byte) (sw >> 8), (byte) sw});
    }

    private byte[] iv() {
        byte[] iv = new byte[block];
        if (aes) {
            BlockCipher ecb = AESEngine.newInstance();
            ecb.init(true, new KeyParameter(ksEnc));
            ecb.processBlock(ssc, 0, iv, 0);
        }
        return iv;
    }

    private byte[] pad(byte[] data) {
        byte[] padded = Arrays.copyOf(data, (data.length / block + 1) * block);
        padded[data.length] = (byte) 0x80;
        return padded;
    }

    private static byte[] tlvHead(int tag, int length) {
        if (length < 0x80) {
            return new byte[] {(byte) tag, (byte) length};
        }
        if (length <= 0xFF) {
            return new byte[] {(byte) tag, (byte) 0x81, (byte) length};
        }
        return new byte[] {(byte) tag, (byte) 0x82, (byte) (length >> 8), (byte) length};
    }

    static void increment(byte[] counter) {
        for (int k = counter.length - 1; k >= 0; k--) {
            if (++counter[k] != 0) {
                return;
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
