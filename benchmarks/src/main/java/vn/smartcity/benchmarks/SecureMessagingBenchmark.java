package vn.smartcity.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jmrtd.protocol.AESSecureMessagingWrapper;
import org.jmrtd.protocol.DESedeSecureMessagingWrapper;
import org.jmrtd.protocol.SecureMessagingWrapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.smartcity.card.access.SecureMessaging;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.testkit.chip.ChipContent;

/**
 * Secure messaging of a chip read (ICAO Doc 9303 Part 11, section 9.8): wrapping a READ BINARY of
 * 223 bytes ({@code 00 B0 00 DF DF}, the chunk {@code CccdReader} asks for) and unwrapping the
 * chip's answer, 223 bytes of the sample CCCD's DG2 under {@code DO'87' DO'99' DO'8E'} (244
 * bytes), with 3DES (the session keys and counter of Appendix D.4, as after BAC) and AES-128 (the
 * session keys of Appendix G.1 and a counter of zero, as after PACE).
 *
 * <ul>
 *   <li>{@code wrapOurs} / {@code unwrapOurs}: smartcity-card's {@link SecureMessaging}: the MAC
 *       over the counter, header and {@code DO'97'}; on unwrap the MAC checked, then the data
 *       decrypted and unpadded;
 *   <li>{@code wrapPeerJmrtd} / {@code unwrapPeerJmrtd}: JMRTD 0.8.6 {@code
 *       DESedeSecureMessagingWrapper} or {@code AESSecureMessagingWrapper} ({@code shouldCheckMAC}
 *       true), with scuba's {@code CommandAPDU} and {@code ResponseAPDU};
 *   <li>{@code wrapFloor} / {@code unwrapFloor}: the cryptography alone on the same bytes with Bouncy
 *       Castle's engines keyed once: the MAC of the wrapped command; the MAC of the response and the
 *       CBC decryption of its cryptogram (for AES also the IV, one block).
 * </ul>
 *
 * <p><b>The counter.</b> Each wrap and each unwrap moves the send sequence counter, and a response
 * verifies only at the counter it was made for. Wrapping just lets the counter run. Unwrapping
 * decodes one response made by the chip's side ({@link ChipResponses}) for counter {@code n + 1},
 * and every call first sets the session's counter back to {@code n}: for ours by copying 8 or 16
 * bytes into the counter {@link SecureMessaging} keeps (reached by reflection once, in {@code
 * @Setup}: the class offers no setter), for JMRTD by setting its {@code long}. So every timed
 * unwrap verifies its MAC and decrypts; the reset is the same few nanoseconds on both sides.
 *
 * <p>{@code @Setup} checks that ours and JMRTD, started with the same keys and counter, produce the
 * same wrapped bytes, and that both unwrap the chip's response to the same 223 bytes and status
 * word; {@code ChipResponsesTest} checks the chip's side against the responses of Appendix D.4.
 *
 * <p><b>The peer does the same work</b>, with other means: JMRTD re-initialises its JCE {@code
 * Cipher} and {@code Mac} (and for AES gets a new ECB cipher for the IV) on every call, and builds
 * its APDUs through streams; ours re-keys its Bouncy Castle cipher on every call. One instance is
 * one session and is not thread-safe: the state is per thread.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SecureMessagingBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SecureMessagingBenchmark {

    /** Doc 9303 Part 11 Appendix D.3/D.4: KS_enc, KS_mac and SSC after BAC (smartcity-card's tests). */
    static final String D4_KS_ENC = "979EC13B1CBFE9DCD01AB0FED307EAE5";

    static final String D4_KS_MAC = "F1CB1F1FB5ADF208806B89DC579DC1F8";
    static final String D4_SSC = "887022120C06C226";

    /** Doc 9303 Part 11 Appendix G.1: KS_enc and KS_mac of the PACE example (AES-128). */
    static final String G1_KS_ENC = "F5F0E35C0D7161EE6724EE513A0D9A7F";

    static final String G1_KS_MAC = "FE251C7858B356B24514B3BD5F4297D1";

    private static final int CHUNK = 0xDF;

    /** JMRTD's send sequence counter (a private {@code long}; it has no setter either). */
    private static final VarHandle JMRTD_SSC;

    static {
        try {
            JMRTD_SSC = MethodHandles.privateLookupIn(SecureMessagingWrapper.class, MethodHandles.lookup())
                    .findVarHandle(SecureMessagingWrapper.class, "ssc", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Which cipher. */
    @Param({"3des", "aes"})
    public String cipher;

    private SecureMessaging oursWrapper = SecureMessaging.tripleDes(new byte[16], new byte[16], new byte[8]);
    private SecureMessagingWrapper peerWrapper = placeholder();
    private CommandApdu command = CommandApdu.of(0, 0, 0, 0);
    private CommandAPDU peerCommand = new CommandAPDU(0, 0, 0, 0);

    private SecureMessaging oursUnwrapper = oursWrapper;
    private byte[] oursCounter = new byte[0];
    private byte[] counterBefore = new byte[0];
    private SecureMessagingWrapper peerUnwrapper = peerWrapper;
    private long peerCounterBefore;
    private ResponseApdu response = ResponseApdu.of(0x9000);
    private ResponseAPDU peerResponse = new ResponseAPDU(new byte[] {(byte) 0x90, 0});

    private Mac floorMac = new CMac(AESEngine.newInstance(), 64);
    private boolean floorAes;
    private final BlockCipher retailK1 = new DESEngine();
    private final BlockCipher retailK2 = new DESEngine();
    private final BlockCipher decryptK1 = new DESEngine();
    private final BlockCipher encryptK2 = new DESEngine();
    private BlockCipher floorDecrypt = AESEngine.newInstance();
    private BlockCipher floorIv = AESEngine.newInstance();
    private byte[] wrapMacInput = new byte[0];
    private byte[] unwrapMacInput = new byte[0];
    private byte[] cryptogram = new byte[0];
    private byte[] counter = new byte[0];
    private final byte[] iv = new byte[16];
    private final byte[] plain = new byte[256];
    private final byte[] macOut = new byte[16];

    /** Creates the state; JMH calls this. */
    public SecureMessagingBenchmark() {}

    /** A JMRTD session for the fields before {@code @Setup}. */
    private static SecureMessagingWrapper placeholder() {
        try {
            return jmrtd(false, new byte[16], new byte[16], 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JMRTD cannot build a 3DES session", e);
        }
    }

    /**
     * Builds the sessions, the READ BINARY and the chip's response, and checks that ours, JMRTD and
     * the floor agree on them.
     *
     * @throws GeneralSecurityException if JMRTD cannot build its ciphers
     */
    @Setup
    public void setUp() throws GeneralSecurityException {
        boolean aes = cipher.equals("aes");
        HexFormat hex = HexFormat.of();
        byte[] ksEnc = hex.parseHex(aes ? G1_KS_ENC : D4_KS_ENC);
        byte[] ksMac = hex.parseHex(aes ? G1_KS_MAC : D4_KS_MAC);
        byte[] ssc = aes ? new byte[16] : hex.parseHex(D4_SSC);
        long sscLong = aes ? 0 : Long.parseUnsignedLong(D4_SSC, 16);

        command = CommandApdu.of(0x00, 0xB0, 0x00, CHUNK, new byte[0], CHUNK);
        peerCommand = new CommandAPDU(0x00, 0xB0, 0x00, CHUNK, CHUNK);
        oursWrapper = ours(aes, ksEnc, ksMac, ssc);
        peerWrapper = jmrtd(aes, ksEnc, ksMac, sscLong);
        byte[] a = oursWrapper.wrap(command).toBytes();
        byte[] b = peerWrapper.wrap(peerCommand).getBytes();
        if (!Arrays.equals(a, b)) {
            throw new IllegalStateException("SecureMessagingBenchmark " + cipher + ": the wrapped READ BINARY differs:"
                    + "\n ours: " + hex.formatHex(a) + "\n peer: " + hex.formatHex(b));
        }

        // The response: the chip answers that command (counter + 1) with counter + 2.
        byte[] data = Arrays.copyOfRange(
                ChipContent.sampleCitizen().file(LdsFileId.DG2).orElseThrow(), 0, CHUNK);
        byte[] atCommand = ssc.clone();
        ChipResponses.increment(atCommand);
        ChipResponses chip =
                aes ? ChipResponses.aes(ksEnc, ksMac, atCommand) : ChipResponses.tripleDes(ksEnc, ksMac, atCommand);
        byte[] protectedResponse = chip.protect(data, 0x9000);
        response = ResponseApdu.parse(protectedResponse);
        peerResponse = new ResponseAPDU(protectedResponse);

        oursUnwrapper = ours(aes, ksEnc, ksMac, atCommand);
        oursCounter = counterOf(oursUnwrapper);
        counterBefore = atCommand.clone();
        peerUnwrapper = jmrtd(aes, ksEnc, ksMac, sscLong + 1);
        peerCounterBefore = sscLong + 1;

        counter = atCommand.clone();
        ChipResponses.increment(counter);
        floor(aes, ksEnc, ksMac, atCommand, a, protectedResponse);
        wrapFloor();
        if (!Arrays.equals(macOut, 0, 8, a, a.length - 9, a.length - 1)) {
            throw new IllegalStateException("SecureMessagingBenchmark " + cipher + ": the floor MACs other bytes");
        }

        for (int round = 0; round < 2; round++) { // twice: the counter reset works
            ResponseApdu ours = unwrapOurs();
            ResponseAPDU peer = unwrapPeerJmrtd();
            if (!Arrays.equals(ours.data(), data)
                    || ours.sw() != 0x9000
                    || !Arrays.equals(peer.getData(), data)
                    || peer.getSW() != 0x9000) {
                throw new IllegalStateException(
                        "SecureMessagingBenchmark " + cipher + ": ours or JMRTD unwraps another response");
            }
        }
        unwrapFloor();
        int macAt = protectedResponse.length - 10;
        if (!Arrays.equals(Arrays.copyOf(plain, CHUNK), data)
                || !Arrays.equals(macOut, 0, 8, protectedResponse, macAt, macAt + 8)) {
            throw new IllegalStateException(
                    "SecureMessagingBenchmark " + cipher + ": the floor decrypts or MACs other bytes");
        }
    }

    private static SecureMessaging ours(boolean aes, byte[] ksEnc, byte[] ksMac, byte[] ssc) {
        return aes ? SecureMessaging.aes(ksEnc, ksMac, ssc) : SecureMessaging.tripleDes(ksEnc, ksMac, ssc);
    }

    private static SecureMessagingWrapper jmrtd(boolean aes, byte[] ksEnc, byte[] ksMac, long ssc)
            throws GeneralSecurityException {
        if (aes) {
            return new AESSecureMessagingWrapper(
                    new SecretKeySpec(ksEnc, "AES"), new SecretKeySpec(ksMac, "AES"), 256, true, ssc);
        }
        // JCE's DESede takes 24-byte keys: two-key 3DES is K1 K2 K1, as JMRTD derives it.
        SecretKey enc = new SecretKeySpec(twoKey(ksEnc), "DESede");
        SecretKey mac = new SecretKeySpec(twoKey(ksMac), "DESede");
        return new DESedeSecureMessagingWrapper(enc, mac, 256, true, ssc);
    }

    private static byte[] twoKey(byte[] k1k2) {
        byte[] key = Arrays.copyOf(k1k2, 24);
        System.arraycopy(k1k2, 0, key, 16, 8);
        return key;
    }

    /** The counter array a session keeps; SecureMessaging has no setter, so reflection reaches it. */
    private static byte[] counterOf(SecureMessaging session) {
        try {
            Field field = SecureMessaging.class.getDeclaredField("ssc");
            field.setAccessible(true);
            return (byte[]) field.get(session);
        } catch (ReflectiveOperationException | InaccessibleObjectException e) {
            throw new IllegalStateException(
                    "cannot reach SecureMessaging's send sequence counter; this benchmark must follow its field", e);
        }
    }

    /** Keys the floor's engines once and lays out the bytes the MACs cover. */
    private void floor(
            boolean aes, byte[] ksEnc, byte[] ksMac, byte[] atCommand, byte[] wrapped, byte[] protectedResponse) {
        int block = aes ? 16 : 8;
        floorAes = aes;
        floorMac = new CMac(AESEngine.newInstance(), 64);
        if (aes) {
            floorMac.init(new KeyParameter(ksMac));
        } else {
            // Bouncy Castle's ISO9797Alg3Mac makes a DES engine and keys it on every doFinal: the floor
            // keys its two DES engines once instead.
            retailK1.init(true, new KeyParameter(Arrays.copyOfRange(ksMac, 0, 8)));
            retailK2.init(false, new KeyParameter(Arrays.copyOfRange(ksMac, 8, 16)));
            // Two-key 3DES decryption, D(K1) E(K2) D(K1), with DES engines keyed once (Bouncy Castle's
            // DESedeEngine makes an 8-byte array for every block).
            decryptK1.init(false, new KeyParameter(Arrays.copyOfRange(ksEnc, 0, 8)));
            encryptK2.init(true, new KeyParameter(Arrays.copyOfRange(ksEnc, 8, 16)));
        }
        floorDecrypt = AESEngine.newInstance();
        floorDecrypt.init(false, new KeyParameter(aes ? ksEnc : new byte[16]));
        floorIv = AESEngine.newInstance();
        floorIv.init(true, new KeyParameter(ksEnc));
        // Wrap: counter, padded header, DO'97' (the wrapped command's data before DO'8E'), padded.
        byte[] header = Arrays.copyOf(Arrays.copyOfRange(wrapped, 0, 4), block);
        header[4] = (byte) 0x80;
        int do97 = wrapped.length - 5 - 1 - 10;
        wrapMacInput = padded(concat(atCommand, header, Arrays.copyOfRange(wrapped, 5, 5 + do97)), block);
        // Unwrap: counter, DO'87' and DO'99', padded; the cryptogram after "87 81 E1 01".
        int beforeMac = protectedResponse.length - 2 - 10;
        unwrapMacInput = padded(concat(counter, Arrays.copyOf(protectedResponse, beforeMac)), block);
        cryptogram = Arrays.copyOfRange(protectedResponse, 4, 4 + (CHUNK / block + 1) * block);
    }

    private static byte[] padded(byte[] data, int block) {
        byte[] out = Arrays.copyOf(data, (data.length / block + 1) * block);
        out[data.length] = (byte) 0x80;
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[0];
        for (byte[] p : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + p.length);
            System.arraycopy(p, 0, out, at, p.length);
        }
        return out;
    }

    /**
     * Ours: protects the READ BINARY.
     *
     * @return the protected command
     */
    @Benchmark
    public CommandApdu wrapOurs() {
        return oursWrapper.wrap(command);
    }

    /**
     * JMRTD: protects the READ BINARY.
     *
     * @return the protected command
     */
    @Benchmark
    public CommandAPDU wrapPeerJmrtd() {
        return peerWrapper.wrap(peerCommand);
    }

    /**
     * The floor of wrapping: the MAC over the same bytes, engines keyed once.
     *
     * @return a byte of the MAC
     */
    @Benchmark
    public byte wrapFloor() {
        mac(wrapMacInput);
        return macOut[0];
    }

    /**
     * The MAC of padded input into {@link #macOut}: AES-CMAC, or the retail MAC (ISO/IEC 9797-1 MAC
     * algorithm 3: single-DES CBC-MAC with K1, then decrypt with K2 and encrypt with K1).
     */
    private void mac(byte[] input) {
        if (floorAes) {
            Mac mac = floorMac;
            mac.update(input, 0, input.length);
            mac.doFinal(macOut, 0);
            return;
        }
        byte[] state = macOut;
        Arrays.fill(state, 0, 8, (byte) 0);
        for (int at = 0; at < input.length; at += 8) {
            for (int k = 0; k < 8; k++) {
                state[k] ^= input[at + k];
            }
            retailK1.processBlock(state, 0, state, 0);
        }
        retailK2.processBlock(state, 0, state, 0);
        retailK1.processBlock(state, 0, state, 0);
    }

    /**
     * Ours: sets the counter back, then checks and opens the response.
     *
     * @return the plain response
     */
    @Benchmark
    public ResponseApdu unwrapOurs() {
        System.arraycopy(counterBefore, 0, oursCounter, 0, counterBefore.length);
        return oursUnwrapper.unwrap(response);
    }

    /**
     * JMRTD: sets the counter back, then checks and opens the response.
     *
     * @return the plain response
     */
    @Benchmark
    public ResponseAPDU unwrapPeerJmrtd() {
        JMRTD_SSC.set(peerUnwrapper, peerCounterBefore);
        return peerUnwrapper.unwrap(peerResponse);
    }

    /**
     * The floor of unwrapping: the MAC over the same bytes and the CBC decryption of the cryptogram
     * (for AES after encrypting the counter into the IV), engines keyed once.
     *
     * @return the last byte of the plain data and the first of the MAC, so nothing is skipped
     */
    @Benchmark
    public byte unwrapFloor() {
        mac(unwrapMacInput);
        int block = floorAes ? 16 : 8;
        byte[] chain = iv;
        if (floorAes) {
            floorIv.processBlock(counter, 0, chain, 0);
        } else {
            Arrays.fill(chain, 0, 8, (byte) 0);
        }
        byte[] c = cryptogram;
        byte[] p = plain;
        for (int at = 0; at < c.length; at += block) {
            if (floorAes) {
                floorDecrypt.processBlock(c, at, p, at);
            } else {
                decryptK1.processBlock(c, at, p, at);
                encryptK2.processBlock(p, at, p, at);
                decryptK1.processBlock(p, at, p, at);
            }
            for (int k = 0; k < block; k++) {
                p[at + k] ^= at == 0 ? chain[k] : c[at - block + k];
            }
        }
        return (byte) (p[CHUNK - 1] ^ macOut[0]);
    }
}
