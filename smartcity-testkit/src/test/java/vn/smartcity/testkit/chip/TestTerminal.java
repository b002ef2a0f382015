package vn.smartcity.testkit.chip;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.mrz.BacKeySeed;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;
import vn.smartcity.testkit.chip.internal.Bytes;
import vn.smartcity.testkit.chip.internal.Der;
import vn.smartcity.testkit.chip.internal.PaceGroup;
import vn.smartcity.testkit.chip.internal.Suite;

/**
 * A minimal inspection system for the tests: BAC, PACE (generic mapping) and secure messaging on the
 * terminal's side, written from ICAO Doc 9303 Part 11 separately from the chip's code. It shares only
 * the primitives ({@link Suite}, {@link PaceGroup}) that the published vectors pin down.
 */
final class TestTerminal {

    /** A protected response whose MAC does not verify. */
    static final class BadMacException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadMacException(String message) {
            super(message);
        }
    }

    private final ApduTransport card;
    private @Nullable Suite suite;
    private byte[] ksEnc = new byte[0];
    private byte[] ksMac = new byte[0];
    private byte[] ssc = new byte[0];
    private boolean extended;

    /** The data of the last failed PACE step 4, to check that no token came. */
    byte[] lastPaceAnswer = new byte[0];

    TestTerminal(ApduTransport card) {
        this.card = card;
    }

    /** Asks for extended-length protected commands (outer Le {@code 0000}). */
    TestTerminal extended(boolean value) {
        this.extended = value;
        return this;
    }

    boolean secured() {
        return suite != null;
    }

    void forgetSession() {
        suite = null;
    }

    /** Sends a plain command, protected if a session is open. */
    ResponseApdu send(CommandApdu command) {
        if (suite == null) {
            return card.transmit(command);
        }
        return unwrap(card.transmit(wrap(command)), command.ins());
    }

    ResponseApdu selectApplication() {
        return send(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, SimulatedChip.emrtdAid()));
    }

    ResponseApdu select(int fid) {
        return send(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid}));
    }

    /** Reads a whole file: SELECT, then READ BINARY in parts of {@code chunk} bytes. */
    byte[] readFile(LdsFileId id, int chunk) {
        ResponseApdu selected = select(id.fileId());
        if (!selected.isSuccess()) {
            throw new IllegalStateException(String.format("SELECT %s: %04X", id, selected.sw()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int total = -1;
        int offset = 0;
        while (total < 0 || offset < total) {
            int wanted = total < 0 ? 8 : Math.min(chunk, total - offset);
            ResponseApdu part = send(CommandApdu.of(0x00, 0xB0, offset >> 8, offset & 0xFF, new byte[0], wanted));
            if (!part.isSuccess() || part.dataLength() == 0) {
                throw new IllegalStateException(String.format("READ BINARY %s at %d: %04X", id, offset, part.sw()));
            }
            out.writeBytes(part.data());
            offset += part.dataLength();
            if (total < 0) {
                total = encodedLength(out.toByteArray());
            }
        }
        return out.toByteArray();
    }

    /** The length of a file from its first bytes: tag, length field and value. */
    private static int encodedLength(byte[] start) {
        int tagLength = (start[0] & 0x1F) == 0x1F ? 2 : 1;
        int lengthByte = start[tagLength] & 0xFF;
        int lengthLength = lengthByte < 0x80 ? 1 : 1 + (lengthByte & 0x7F);
        int length = lengthByte < 0x80
                ? lengthByte
                : new BigInteger(1, Arrays.copyOfRange(start, tagLength + 1, tagLength + lengthLength)).intValueExact();
        return tagLength + lengthLength + length;
    }

    // ------------------------------------------------------------------ BAC

    /** BAC (Doc 9303 Part 11 section 4.3); returns the EXTERNAL AUTHENTICATE status word. */
    int bac(BacKeySeed seed, byte[] rndIfd, byte[] kIfd) {
        ResponseApdu challenge = card.transmit(CommandApdu.of(0x00, 0x84, 0x00, 0x00, new byte[0], 8));
        if (!challenge.isSuccess()) {
            return challenge.sw();
        }
        byte[] rndIc = challenge.data();
        byte[] kSeed = Arrays.copyOf(sha1(seed.bytes()), 16);
        Suite des = Suite.DES3;
        byte[] kEnc = des.deriveKey(kSeed, Suite.ENC);
        byte[] kMac = des.deriveKey(kSeed, Suite.MAC);
        byte[] eIfd = des.encrypt(kEnc, new byte[8], Bytes.concat(rndIfd, rndIc, kIfd));
        byte[] mIfd = des.mac(kMac, des.pad(eIfd));
        ResponseApdu answer = card.transmit(CommandApdu.of(0x00, 0x82, 0x00, 0x00, Bytes.concat(eIfd, mIfd), 40));
        if (!answer.isSuccess()) {
            return answer.sw();
        }
        byte[] data = answer.data();
        byte[] eIc = Arrays.copyOf(data, 32);
        if (!Arrays.equals(des.mac(kMac, des.pad(eIc)), Arrays.copyOfRange(data, 32, 40))) {
            throw new BadMacException("the chip's BAC cryptogram MAC does not verify");
        }
        byte[] r = des.decrypt(kEnc, new byte[8], eIc);
        if (!Arrays.equals(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
            throw new IllegalStateException("the chip did not return RND.IFD");
        }
        byte[] sessionSeed = Bytes.xor(kIfd, Arrays.copyOfRange(r, 16, 32));
        start(
                des,
                des.deriveKey(sessionSeed, Suite.ENC),
                des.deriveKey(sessionSeed, Suite.MAC),
                Bytes.concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8)));
        return answer.sw();
    }

    // ------------------------------------------------------------------ PACE

    /** π for the MRZ password: SHA-1 of the MRZ information (Doc 9303 Part 11 section 9.7.3). */
    static byte[] mrzPassword(BacKeySeed seed) {
        return sha1(seed.bytes());
    }

    static byte[] canPassword(String can) {
        return can.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * PACE with the generic mapping; returns the status word of the step that ended it ({@code 9000}
     * when the session is open).
     */
    int pace(PaceOption option, int passwordReference, byte[] password, ChipRandom random) {
        String oid = option.protocol().oid();
        byte[] mse = Bytes.concat(
                Der.tlv(0x80, Der.oidContent(oid)),
                Der.tlv(0x83, new byte[] {(byte) passwordReference}),
                Der.tlv(0x84, new byte[] {(byte) option.parameters().id()}));
        ResponseApdu set = card.transmit(CommandApdu.of(0x00, 0x22, 0xC1, 0xA4, mse));
        if (!set.isSuccess()) {
            return set.sw();
        }
        Suite paceSuite = Suite.of(option.protocol().cipher());
        byte[] passwordKey = paceSuite.deriveKey(password, Suite.PACE);
        ResponseApdu step1 = generalAuthenticate(true, new byte[0]);
        if (!step1.isSuccess()) {
            return step1.sw();
        }
        byte[] z = object(step1, 0x80);
        byte[] nonce = paceSuite.decrypt(passwordKey, new byte[paceSuite.blockSize()], z);

        PaceGroup group = PaceGroup.of(option.parameters());
        BigInteger mapKey = random.nextPrivateKey(group.order());
        ResponseApdu step2 = generalAuthenticate(true, Der.tlv(0x81, group.publicKey(mapKey)));
        if (!step2.isSuccess()) {
            return step2.sw();
        }
        PaceGroup mapped = group.map(nonce, mapKey, object(step2, 0x82));

        BigInteger key = random.nextPrivateKey(mapped.order());
        byte[] publicKey = mapped.publicKey(key);
        ResponseApdu step3 = generalAuthenticate(true, Der.tlv(0x83, publicKey));
        if (!step3.isSuccess()) {
            return step3.sw();
        }
        byte[] chipKey = object(step3, 0x84);
        byte[] shared = mapped.agree(key, chipKey);
        byte[] enc = paceSuite.deriveKey(shared, Suite.ENC);
        byte[] mac = paceSuite.deriveKey(shared, Suite.MAC);
        byte[] token = paceSuite.tokenMac(mac, mapped.keyDataObject(oid, chipKey));
        ResponseApdu step4 = generalAuthenticate(false, Der.tlv(0x85, token));
        if (!step4.isSuccess()) {
            lastPaceAnswer = step4.data();
            return step4.sw();
        }
        byte[] chipToken = object(step4, 0x86);
        if (!Arrays.equals(chipToken, paceSuite.tokenMac(mac, mapped.keyDataObject(oid, publicKey)))) {
            throw new BadMacException("the chip's authentication token does not verify");
        }
        start(paceSuite, enc, mac, new byte[paceSuite.blockSize()]);
        return step4.sw();
    }

    private ResponseApdu generalAuthenticate(boolean chained, byte[] objects) {
        return card.transmit(CommandApdu.of(chained ? 0x10 : 0x00, 0x86, 0x00, 0x00, Der.tlv(0x7C, objects), 256));
    }

    private static byte[] object(ResponseApdu response, int tag) {
        Tlv data = Tlv.parse(response.data(), "GENERAL AUTHENTICATE response").expectTag(0x7C, "7C");
        return data.child(tag, Tlv.tagHex(tag)).value();
    }

    // ------------------------------------------------------------------ secure messaging

    void start(Suite cipher, byte[] enc, byte[] mac, byte[] counter) {
        this.suite = cipher;
        this.ksEnc = enc;
        this.ksMac = mac;
        this.ssc = counter;
    }

    byte[] ssc() {
        return ssc.clone();
    }

    /** Protects a command (Doc 9303 Part 11 section 9.8.5). */
    CommandApdu wrap(CommandApdu command) {
        Suite s = active();
        Bytes.increment(ssc);
        int cla = 0x0C | (command.cla() & 0x10);
        byte[] header = {(byte) cla, (byte) command.ins(), (byte) command.p1(), (byte) command.p2()};
        byte[] cryptogram = new byte[0];
        if (command.nc() > 0) {
            byte[] encrypted = s.encrypt(ksEnc, iv(s), s.pad(command.data()));
            cryptogram = (command.ins() & 1) == 1
                    ? Der.tlv(0x85, encrypted)
                    : Der.tlv(0x87, Bytes.concat(new byte[] {0x01}, encrypted));
        }
        byte[] le = new byte[0];
        if (command.ne() > 0) {
            le = command.ne() > CommandApdu.MAX_SHORT_NE
                    ? Der.tlv(0x97, new byte[] {(byte) (command.ne() >> 8), (byte) command.ne()})
                    : Der.tlv(0x97, new byte[] {(byte) command.ne()});
        }
        byte[] mac = s.mac(ksMac, s.pad(Bytes.concat(ssc, s.pad(header), cryptogram, le)));
        byte[] data = Bytes.concat(cryptogram, le, Der.tlv(0x8E, mac));
        int ne = extended ? CommandApdu.MAX_EXTENDED_NE : CommandApdu.MAX_SHORT_NE;
        return CommandApdu.of(cla, command.ins(), command.p1(), command.p2(), data, ne);
    }

    /** Checks and opens a protected response. */
    ResponseApdu unwrap(ResponseApdu response, int ins) {
        Suite s = active();
        Bytes.increment(ssc);
        if (response.dataLength() == 0) {
            suite = null; // an unprotected error: the chip ended the session
            return response;
        }
        byte[] cryptogram = new byte[0];
        byte @Nullable [] status = null;
        byte @Nullable [] mac = null;
        Deque<Tlv> objects = new ArrayDeque<>();
        TlvReader reader = TlvReader.of(response.data(), "protected response");
        while (reader.hasNext()) {
            objects.add(reader.next());
        }
        for (Tlv object : objects) {
            switch (object.tag()) {
                case 0x85:
                case 0x87:
                    cryptogram = object.encoded();
                    break;
                case 0x99:
                    status = object.encoded();
                    break;
                case 0x8E:
                    mac = object.value();
                    break;
                default:
                    throw new IllegalStateException("unexpected object " + object.tagHex());
            }
        }
        if (status == null || mac == null) {
            throw new IllegalStateException("DO'99' or DO'8E' missing");
        }
        byte[] expected = s.mac(ksMac, s.pad(Bytes.concat(ssc, cryptogram, status)));
        if (!MessageDigest.isEqual(expected, mac)) {
            throw new BadMacException("response MAC does not verify");
        }
        byte[] plain = new byte[0];
        if (cryptogram.length > 0) {
            Tlv object = Tlv.parse(cryptogram, "cryptogram");
            byte[] value = object.value();
            byte[] encrypted = object.tag() == 0x87 ? Arrays.copyOfRange(value, 1, value.length) : value;
            plain = s.unpad(s.decrypt(ksEnc, iv(s), encrypted));
            if (plain == null) {
                throw new IllegalStateException("bad padding in the response");
            }
        }
        int sw = ((status[2] & 0xFF) << 8) | (status[3] & 0xFF);
        if ((ins & 1) == 1 && cryptogram.length > 0 && cryptogram[0] != (byte) 0x85) {
            throw new IllegalStateException("odd INS answered without DO'85'");
        }
        return ResponseApdu.of(plain, sw);
    }

    private Suite active() {
        Suite s = suite;
        if (s == null) {
            throw new IllegalStateException("no session");
        }
        return s;
    }

    private byte[] iv(Suite s) {
        return s.aes() ? s.encryptBlock(ksEnc, ssc) : new byte[s.blockSize()];
    }

    static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A chip random replaying given values, for the worked examples. */
    static ChipRandom scripted(List<byte[]> bytes, List<BigInteger> keys) {
        Deque<byte[]> byteQueue = new ArrayDeque<>(bytes);
        Deque<BigInteger> keyQueue = new ArrayDeque<>(keys);
        return new ChipRandom() {
            @Override
            public void nextBytes(byte[] out) {
                byte[] next = byteQueue.removeFirst();
                if (next.length != out.length) {
                    throw new IllegalStateException("scripted " + next.length + " bytes, asked for " + out.length);
                }
                System.arraycopy(next, 0, out, 0, out.length);
            }

            @Override
            public BigInteger nextPrivateKey(BigInteger order) {
                return keyQueue.removeFirst();
            }
        };
    }
}
