package vn.smartcity.card.access;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.mrz.BacKeySeed;

/**
 * Basic Access Control (ICAO Doc 9303 Part 11, section 4.3, worked example in Appendix D): the
 * document basic access keys from the MRZ data, GET CHALLENGE, EXTERNAL AUTHENTICATE with mutual
 * authentication, and the 3DES session keys and send sequence counter.
 */
public final class Bac {

    private static final int KEY_BITS = 112;

    private Bac() {}

    /**
     * The document basic access keys (Part 11, section 9.7.2 and Appendix D.2): {@code K_seed}, the
     * first 16 bytes of the SHA-1 of the MRZ information, then {@code K_enc = KDF(K_seed, 1)} and
     * {@code K_mac = KDF(K_seed, 2)} with parity adjusted.
     *
     * @param seed the MRZ information
     * @return {@code K_seed}, {@code K_enc}, {@code K_mac}
     */
    static byte[][] documentKeys(BacKeySeed seed) {
        MessageDigest sha1 = Crypto.digest("SHA-1");
        byte[] kSeed = Arrays.copyOf(sha1.digest(seed.bytes()), 16);
        return new byte[][] {
            kSeed, Crypto.kdf(kSeed, Crypto.KDF_ENC, KEY_BITS), Crypto.kdf(kSeed, Crypto.KDF_MAC, KEY_BITS)
        };
    }

    /**
     * Runs BAC: GET CHALLENGE, then EXTERNAL AUTHENTICATE with {@code E.IFD || M.IFD}, checks the
     * chip's MAC and its copy of {@code RND.IFD}, and derives the session keys from {@code K.IFD xor
     * K.IC} with {@code SSC = RND.IC[4..8] || RND.IFD[4..8]} (Part 11, section 9.7.4 and 9.8.6.1).
     *
     * @param transport the plain transport, with the eMRTD application selected
     * @param key the MRZ data
     * @param random the source of {@code RND.IFD} (8 bytes, drawn first) and {@code K.IFD} (16 bytes)
     * @return the 3DES secure-messaging session
     * @throws AccessDeniedException if the chip refuses the MRZ data
     * @throws AccessException if the chip refuses BAC or does not authenticate itself
     */
    public static SecureMessaging perform(ApduTransport transport, MrzKey key, SecureRandom random) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(random, "random");
        byte[][] keys = documentKeys(key.bacKeySeed());
        byte[] kEnc = keys[1];
        byte[] kMac = keys[2];

        ResponseApdu challenge = transport.transmit(CommandApdu.of(0x00, 0x84, 0x00, 0x00, new byte[0], 8));
        if (!challenge.isSuccess() || challenge.dataLength() != 8) {
            throw new AccessException(
                    AccessException.Reason.BAC_REFUSED,
                    String.format(
                            "BAC: GET CHALLENGE was answered %04X with %d bytes, expected 8 bytes and 9000",
                            challenge.sw(), challenge.dataLength()),
                    challenge.sw(),
                    null);
        }
        byte[] rndIc = challenge.data();
        byte[] rndIfd = new byte[8];
        random.nextBytes(rndIfd);
        byte[] kIfd = new byte[16];
        random.nextBytes(kIfd);

        byte[] eIfd = Crypto.cbc(false, kEnc, new byte[8], Crypto.concat(rndIfd, rndIc, kIfd), true);
        byte[] mIfd = Crypto.mac(false, kMac, eIfd);
        ResponseApdu answer =
                transport.transmit(CommandApdu.of(0x00, 0x82, 0x00, 0x00, Crypto.concat(eIfd, mIfd), 0x28));
        int sw = answer.sw();
        if (!answer.isSuccess()) {
            if (Pace.isKeyRefusal(sw)) {
                throw new AccessDeniedException(key, "BAC", sw);
            }
            throw new AccessException(
                    AccessException.Reason.BAC_REFUSED,
                    String.format("BAC: the chip refused EXTERNAL AUTHENTICATE with %04X", sw),
                    sw,
                    null);
        }
        byte[] response = answer.data();
        if (response.length != 40) {
            throw new AccessException(
                    AccessException.Reason.MALFORMED_RESPONSE,
                    "BAC: EXTERNAL AUTHENTICATE returned " + response.length + " bytes, expected 40",
                    sw,
                    null);
        }
        byte[] eIc = Arrays.copyOf(response, 32);
        byte[] mIc = Arrays.copyOfRange(response, 32, 40);
        if (!MessageDigest.isEqual(mIc, Crypto.mac(false, kMac, eIc))) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "BAC: the MAC of the chip's answer to EXTERNAL AUTHENTICATE does not verify",
                    sw,
                    null);
        }
        byte[] r = Crypto.cbc(false, kEnc, new byte[8], eIc, false);
        if (!MessageDigest.isEqual(Arrays.copyOf(r, 8), rndIc)
                || !MessageDigest.isEqual(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "BAC: the chip did not return the terminal's challenge",
                    sw,
                    null);
        }
        byte[] kIc = Arrays.copyOfRange(r, 16, 32);
        byte[] sessionSeed = new byte[16];
        for (int i = 0; i < 16; i++) {
            sessionSeed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] ssc = Crypto.concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        return SecureMessaging.tripleDes(
                Crypto.kdf(sessionSeed, Crypto.KDF_ENC, KEY_BITS),
                Crypto.kdf(sessionSeed, Crypto.KDF_MAC, KEY_BITS),
                ssc);
    }
}
