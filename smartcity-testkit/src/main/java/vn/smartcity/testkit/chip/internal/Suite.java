package vn.smartcity.testkit.chip.internal;

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
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.lds.PaceProtocol;

/**
 * The symmetric primitives of BAC, PACE and secure messaging for one cipher (ICAO Doc 9303 Part 11,
 * sections 9.7 and 9.8): the key derivation function, CBC encryption without padding, the 8-byte
 * MAC (the retail MAC of ISO/IEC 9797-1 algorithm 3 with DES for 3DES, CMAC of SP 800-38B for AES)
 * and the padding of ISO/IEC 9797-1 method 2.
 */
public enum Suite {
    /** Two-key 3DES, retail MAC, SHA-1 key derivation. */
    DES3(8, 16, "SHA-1"),
    /** AES-128, CMAC, SHA-1 key derivation. */
    AES128(16, 16, "SHA-1"),
    /** AES-192, CMAC, SHA-256 key derivation. */
    AES192(16, 24, "SHA-256"),
    /** AES-256, CMAC, SHA-256 key derivation. */
    AES256(16, 32, "SHA-256");

    /** KDF counter for the encryption key (Doc 9303 Part 11, section 9.7.1). */
    public static final int ENC = 1;
    /** KDF counter for the MAC key. */
    public static final int MAC = 2;
    /** KDF counter for the PACE password key. */
    public static final int PACE = 3;

    private final int blockSize;
    private final int keyLength;
    private final String digest;

    Suite(int blockSize, int keyLength, String digest) {
        this.blockSize = blockSize;
        this.keyLength = keyLength;
        this.digest = digest;
    }

    /**
     * The suite of a PACE cipher.
     *
     * @param cipher the cipher a PACE protocol names
     * @return the suite
     */
    public static Suite of(PaceProtocol.Cipher cipher) {
        switch (cipher) {
            case DES3_CBC_CBC:
                return DES3;
            case AES_CBC_CMAC_128:
                return AES128;
            case AES_CBC_CMAC_192:
                return AES192;
            default:
                return AES256;
        }
    }

    /**
     * The cipher's block length.
     *
     * @return 8 for 3DES, 16 for AES
     */
    public int blockSize() {
        return blockSize;
    }

    /**
     * Whether this is AES (the SSC-derived IV of section 9.8.6.1 applies) rather than 3DES (IV zero).
     *
     * @return {@code true} for AES
     */
    public boolean aes() {
        return this != DES3;
    }

    /**
     * KDF(K, c) of Doc 9303 Part 11 section 9.7.1: the hash of K followed by the 32-bit counter,
     * cut to the key length; for 3DES the two DES keys get odd parity.
     *
     * @param secret the shared secret K (or the password π)
     * @param counter {@link #ENC}, {@link #MAC} or {@link #PACE}
     * @return the key
     */
    public byte[] deriveKey(byte[] secret, int counter) {
        MessageDigest hash;
        try {
            hash = MessageDigest.getInstance(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + digest, e);
        }
        hash.update(secret);
        hash.update(new byte[] {(byte) (counter >> 24), (byte) (counter >> 16), (byte) (counter >> 8), (byte) counter});
        byte[] key = Arrays.copyOf(hash.digest(), keyLength);
        if (this == DES3) {
            for (int i = 0; i < key.length; i++) {
                int b = key[i] & 0xFE;
                key[i] = (byte) (b | ((Integer.bitCount(b) & 1) == 0 ? 1 : 0));
            }
        }
        return key;
    }

    /**
     * CBC encryption without padding.
     *
     * @param key the key
     * @param iv the IV, one block
     * @param data whole blocks
     * @return the ciphertext
     */
    public byte[] encrypt(byte[] key, byte[] iv, byte[] data) {
        return cbc(true, key, iv, data);
    }

    /**
     * CBC decryption without padding.
     *
     * @param key the key
     * @param iv the IV, one block
     * @param data whole blocks
     * @return the plaintext
     */
    public byte[] decrypt(byte[] key, byte[] iv, byte[] data) {
        return cbc(false, key, iv, data);
    }

    /**
     * One block encrypted alone (ECB), as AES secure messaging derives its IV from the SSC.
     *
     * @param key the key
     * @param block one block
     * @return the encrypted block
     */
    public byte[] encryptBlock(byte[] key, byte[] block) {
        return cbc(true, key, new byte[blockSize], block);
    }

    private byte[] cbc(boolean encrypt, byte[] key, byte[] iv, byte[] data) {
        if (data.length % blockSize != 0) {
            throw new IllegalArgumentException(data.length + " bytes are not whole " + blockSize + "-byte blocks");
        }
        BlockCipher cipher = CBCBlockCipher.newInstance(engine());
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i += blockSize) {
            cipher.processBlock(data, i, out, i);
        }
        return out;
    }

    private BlockCipher engine() {
        return this == DES3 ? new DESedeEngine() : AESEngine.newInstance();
    }

    /**
     * The 8-byte MAC over data that is already padded to whole blocks.
     *
     * @param key the MAC key
     * @param padded the data, whole blocks
     * @return 8 bytes
     */
    public byte[] mac(byte[] key, byte[] padded) {
        if (padded.length % blockSize != 0) {
            throw new IllegalArgumentException(padded.length + " bytes are not whole " + blockSize + "-byte blocks");
        }
        Mac mac = this == DES3 ? new ISO9797Alg3Mac(new DESEngine()) : new CMac(AESEngine.newInstance(), 64);
        mac.init(new KeyParameter(key));
        mac.update(padded, 0, padded.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Arrays.copyOf(out, 8);
    }

    /**
     * The authentication token MAC of PACE (Doc 9303 Part 11 section 4.4.3.4): padding is the MAC's
     * own (method 2 for the retail MAC; CMAC's for AES).
     *
     * @param key the MAC key
     * @param data the data, unpadded
     * @return 8 bytes
     */
    public byte[] tokenMac(byte[] key, byte[] data) {
        if (this == DES3) {
            return mac(key, pad(data));
        }
        Mac mac = new CMac(AESEngine.newInstance(), 64);
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /**
     * ISO/IEC 9797-1 padding method 2: {@code 80} then zeros up to a whole block.
     *
     * @param data the data
     * @return a new, padded array
     */
    public byte[] pad(byte[] data) {
        int length = (data.length / blockSize + 1) * blockSize;
        byte[] out = Arrays.copyOf(data, length);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /**
     * Removes method 2 padding.
     *
     * @param padded the padded data
     * @return the data, or {@code null} if the padding is not method 2
     */
    public byte @Nullable [] unpad(byte[] padded) {
        int i = padded.length - 1;
        while (i >= 0 && padded[i] == 0 && padded.length - i <= blockSize) {
            i--;
        }
        if (i < 0 || padded[i] != (byte) 0x80 || padded.length - i > blockSize) {
            return null;
        }
        return Arrays.copyOf(padded, i);
    }
}
