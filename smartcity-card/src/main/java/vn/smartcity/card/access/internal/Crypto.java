package vn.smartcity.card.access.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The symmetric primitives of ICAO Doc 9303 Part 11: the key derivation function (section 9.7.1),
 * padding method 2 of ISO/IEC 9797-1, 3DES and AES in CBC mode, the retail MAC and AES-CMAC
 * truncated to 8 bytes. All methods allocate their results; the hot path of secure messaging keeps
 * its own engines in {@code SecureMessaging}.
 */
public final class Crypto {

    /** The key derivation counter for the encryption key (Doc 9303 Part 11, section 9.7.1). */
    public static final int KDF_ENC = 1;

    /** The key derivation counter for the MAC key. */
    public static final int KDF_MAC = 2;

    /** The key derivation counter for the PACE password key {@code K_pi}. */
    public static final int KDF_PI = 3;

    private Crypto() {}

    /**
     * The key derivation function {@code KDF(K, c)} of Doc 9303 Part 11, section 9.7.1: the hash of
     * the shared secret followed by the 32-bit big-endian counter, cut to the key length. 3DES and
     * AES-128 keys use SHA-1; AES-192 and AES-256 keys use SHA-256. 3DES keys get odd parity.
     *
     * @param secret the shared secret or password
     * @param counter 1 for encryption, 2 for MAC, 3 for the PACE password key
     * @param keyLengthBits 112 (two-key 3DES), 128, 192 or 256
     * @return the key: 16 bytes for 3DES and AES-128, 24 or 32 for AES-192 and AES-256
     */
    public static byte[] kdf(byte[] secret, int counter, int keyLengthBits) {
        boolean sha256 = keyLengthBits > 128;
        MessageDigest digest = digest(sha256 ? "SHA-256" : "SHA-1");
        digest.update(secret);
        digest.update(
                new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
        byte[] hash = digest.digest();
        int length = keyLengthBits == 112 ? 16 : keyLengthBits / 8;
        byte[] key = Arrays.copyOf(hash, length);
        if (keyLengthBits == 112) {
            adjustParity(key);
        }
        return key;
    }

    /**
     * Sets the least significant bit of each byte so that it has an odd number of one bits, as DES
     * keys are written (Doc 9303 Part 11, Appendix D.1).
     *
     * @param key the key, changed in place
     */
    public static void adjustParity(byte[] key) {
        for (int i = 0; i < key.length; i++) {
            int b = key[i] & 0xFE;
            key[i] = (byte) (b | ((Integer.bitCount(b) & 1) == 0 ? 1 : 0));
        }
    }

    /**
     * A message digest by its JCA name; SHA-1 and SHA-256 exist on every Java platform.
     *
     * @param name {@code SHA-1} or {@code SHA-256}
     * @return a new digest
     */
    public static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is required of every Java platform", e);
        }
    }

    /**
     * Pads with ISO/IEC 9797-1 padding method 2: {@code 80} then zeros up to a multiple of the block
     * size; a whole block is added when the data already fill one.
     *
     * @param data the data
     * @param blockSize 8 or 16
     * @return the padded data
     */
    public static byte[] pad(byte[] data, int blockSize) {
        int length = (data.length / blockSize + 1) * blockSize;
        byte[] out = Arrays.copyOf(data, length);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /**
     * Removes ISO/IEC 9797-1 padding method 2.
     *
     * @param data padded data
     * @return the data without padding, or {@code null} if the padding is malformed
     */
    public static byte @org.jspecify.annotations.Nullable [] unpad(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        if (i < 0 || (data[i] & 0xFF) != 0x80) {
            return null;
        }
        return Arrays.copyOf(data, i);
    }

    /**
     * 3DES (two keys) or AES in CBC mode without padding.
     *
     * @param aes {@code true} for AES, {@code false} for 3DES
     * @param key the key: 16 bytes for 3DES; 16, 24 or 32 for AES
     * @param iv the initialisation vector (a block)
     * @param data whole blocks
     * @param encrypt {@code true} to encrypt
     * @return the result
     * @throws IllegalArgumentException if {@code data} is not whole blocks
     */
    public static byte[] cbc(boolean aes, byte[] key, byte[] iv, byte[] data, boolean encrypt) {
        BlockCipher cbc = CBCBlockCipher.newInstance(aes ? AESEngine.newInstance() : new DESedeEngine());
        int block = cbc.getBlockSize();
        if (data.length % block != 0) {
            throw new IllegalArgumentException(data.length + " bytes are not whole " + block + "-byte blocks");
        }
        cbc.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i += block) {
            cbc.processBlock(data, i, out, i);
        }
        return out;
    }

    /**
     * Encrypts one AES block (ECB), as for the secure-messaging IV {@code E(KS_enc, SSC)}.
     *
     * @param key the AES key
     * @param block 16 bytes
     * @return the encrypted block
     */
    public static byte[] aesBlock(byte[] key, byte[] block) {
        BlockCipher aes = AESEngine.newInstance();
        aes.init(true, new KeyParameter(key));
        byte[] out = new byte[16];
        aes.processBlock(block, 0, out, 0);
        return out;
    }

    /**
     * The 8-byte MAC of Doc 9303 Part 11: for 3DES the retail MAC (ISO/IEC 9797-1 MAC algorithm 3
     * with DES) over the data padded with method 2; for AES the AES-CMAC of the data as given (pad
     * first if the protocol says so), truncated to 8 bytes.
     *
     * @param aes {@code true} for AES-CMAC
     * @param key the MAC key
     * @param data the data; for 3DES it is padded here
     * @return 8 bytes
     */
    public static byte[] mac(boolean aes, byte[] key, byte[] data) {
        Mac mac = aes ? new CMac(AESEngine.newInstance(), 64) : new ISO9797Alg3Mac(new DESEngine());
        mac.init(new KeyParameter(key));
        byte[] input = aes ? data : pad(data, 8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /**
     * Concatenates arrays.
     *
     * @param parts the arrays
     * @return one array
     */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int i = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, i, part.length);
            i += part.length;
        }
        return out;
    }

    /**
     * A BER-TLV data object with a one-byte tag and a definite length.
     *
     * @param tag the tag, 0..255, or a two-byte tag such as {@code 0x7F49}
     * @param value the value
     * @return tag, length, value
     */
    public static byte[] tlv(int tag, byte[] value) {
        byte[] tagBytes = tag > 0xFF ? new byte[] {(byte) (tag >> 8), (byte) tag} : new byte[] {(byte) tag};
        int n = value.length;
        byte[] length;
        if (n < 0x80) {
            length = new byte[] {(byte) n};
        } else if (n <= 0xFF) {
            length = new byte[] {(byte) 0x81, (byte) n};
        } else {
            length = new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        }
        return concat(tagBytes, length, value);
    }

    /**
     * A big number as an unsigned big-endian array of a fixed length.
     *
     * @param value a non-negative number that fits
     * @param length the length in bytes
     * @return the bytes, with leading zeros
     */
    public static byte[] unsigned(java.math.BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        if (raw.length == length) {
            return raw;
        }
        byte[] out = new byte[length];
        if (raw.length > length) {
            System.arraycopy(raw, raw.length - length, out, 0, length);
        } else {
            System.arraycopy(raw, 0, out, length - raw.length, raw.length);
        }
        return out;
    }
}
