package vn.smartcity.card.reader;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import vn.smartcity.card.access.MrzKey;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * A test chip that knows BAC and 3DES secure messaging (chip side written here from ICAO Doc 9303
 * Part 11, sections 9.7.4 and 9.8) and serves the files of a {@link SyntheticCccd}. It has no
 * EF.CardAccess, answers SELECT of the MF with {@code 6D00}, withholds DG3 ({@code 6982},
 * protected) and DG4 ({@code 6A82}, plain), and can lose the card once in the middle of DG2.
 */
final class FakeBacChip implements ApduTransport {

    private static final byte[] RND_IC = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88};
    private static final byte[] K_IC = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    private final byte[] kEnc;
    private final byte[] kMac;
    private final Map<Integer, byte[]> files = new HashMap<>();
    private boolean applicationSelected;
    private boolean challenged;
    private byte[] ksEnc = new byte[0];
    private byte[] ksMac = new byte[0];
    private byte[] ssc = new byte[0];
    private byte[] current = new byte[0];
    private int currentId;
    int loseCardAtOffset = -1;
    int resets;
    int readBinaryB1;

    FakeBacChip(SyntheticCccd card, MrzKey key) {
        byte[] seed =
                Arrays.copyOf(Crypto.digest("SHA-1").digest(key.bacKeySeed().bytes()), 16);
        kEnc = Crypto.kdf(seed, 1, 112);
        kMac = Crypto.kdf(seed, 2, 112);
        files.put(0x011E, card.com);
        files.put(0x011D, card.sod);
        files.put(0x0101, card.dataGroups.get(1));
        files.put(0x0102, card.dataGroups.get(2));
        files.put(0x010D, card.dataGroups.get(13));
        files.put(0x0103, new byte[] {0x63, 0});
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        if ((command.cla() & 0x0C) == 0x0C) {
            return secure(command);
        }
        int ins = command.ins();
        if (ins == 0xA4 && command.p1() == 0x04) {
            applicationSelected = true;
            return ResponseApdu.of(0x9000);
        }
        if (ins == 0xA4 && command.p1() == 0x00) {
            return ResponseApdu.of(0x6D00);
        }
        if (ins == 0xA4 || ins == 0xB0) {
            return ResponseApdu.of(0x6A82);
        }
        if (ins == 0x84 && applicationSelected) {
            challenged = true;
            return ResponseApdu.of(RND_IC, 0x9000);
        }
        if (ins == 0x82 && challenged) {
            return externalAuthenticate(command.data());
        }
        return ResponseApdu.of(0x6D00);
    }

    private ResponseApdu externalAuthenticate(byte[] data) {
        challenged = false;
        byte[] eIfd = Arrays.copyOf(data, 32);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(data, 32, 40), Crypto.mac(false, kMac, eIfd))) {
            return ResponseApdu.of(0x6300);
        }
        byte[] s = Crypto.cbc(false, kEnc, new byte[8], eIfd, false);
        byte[] rndIfd = Arrays.copyOf(s, 8);
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] eIc = Crypto.cbc(false, kEnc, new byte[8], Crypto.concat(RND_IC, rndIfd, K_IC), true);
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ K_IC[i]);
        }
        ksEnc = Crypto.kdf(seed, 1, 112);
        ksMac = Crypto.kdf(seed, 2, 112);
        ssc = Crypto.concat(Arrays.copyOfRange(RND_IC, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        return ResponseApdu.of(Crypto.concat(eIc, Crypto.mac(false, kMac, eIc)), 0x9000);
    }

    private ResponseApdu secure(CommandApdu command) {
        if (ssc.length == 0) {
            return ResponseApdu.of(0x6987);
        }
        byte[] d = command.data();
        byte[] cryptogram = null;
        int ne = 0;
        int macAt = -1;
        int i = 0;
        while (i < d.length) {
            int tag = d[i] & 0xFF;
            int length = d[i + 1] & 0xFF;
            int value = i + 2;
            if (length == 0x81) {
                length = d[i + 2] & 0xFF;
                value = i + 3;
            } else if (length == 0x82) {
                length = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
                value = i + 4;
            }
            if (tag == 0x87) {
                cryptogram = Arrays.copyOfRange(d, value + 1, value + length);
            } else if (tag == 0x85) {
                cryptogram = Arrays.copyOfRange(d, value, value + length);
            } else if (tag == 0x97) {
                ne = length == 1 ? d[value] & 0xFF : ((d[value] & 0xFF) << 8) | (d[value + 1] & 0xFF);
                if (ne == 0) {
                    ne = length == 1 ? 256 : 65536;
                }
            } else if (tag == 0x8E) {
                macAt = i;
            }
            i = value + length;
        }
        increment();
        byte[] header = {(byte) command.cla(), (byte) command.ins(), (byte) command.p1(), (byte) command.p2()};
        byte[] n = Crypto.concat(ssc, Crypto.pad(header, 8), Arrays.copyOf(d, macAt));
        if (macAt < 0
                || !MessageDigest.isEqual(Arrays.copyOfRange(d, macAt + 2, macAt + 10), Crypto.mac(false, ksMac, n))) {
            ssc = new byte[0];
            return ResponseApdu.of(0x6988);
        }
        byte[] plain = cryptogram == null
                ? new byte[0]
                : Crypto.unpad(Crypto.cbc(false, ksEnc, new byte[8], cryptogram, false));
        return process(command.ins(), command.p1(), command.p2(), plain == null ? new byte[0] : plain, ne);
    }

    private ResponseApdu process(int ins, int p1, int p2, byte[] data, int ne) {
        if (ins == 0xA4) {
            int id = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            byte[] file = files.get(id);
            if (file == null) {
                return ResponseApdu.of(0x6A82); // plain and unprotected, as some chips answer
            }
            current = file;
            currentId = id;
            return protect(new byte[0], 0x9000);
        }
        if (currentId == 0x0103) {
            return protect(new byte[0], 0x6982);
        }
        int offset;
        if (ins == 0xB1) {
            readBinaryB1++;
            offset = 0;
            for (int k = 2; k < data.length; k++) {
                offset = (offset << 8) | (data[k] & 0xFF);
            }
        } else {
            offset = ((p1 & 0x7F) << 8) | p2;
        }
        if (loseCardAtOffset >= 0 && currentId == 0x0102 && offset >= loseCardAtOffset) {
            loseCardAtOffset = -1;
            ssc = new byte[0];
            throw new CardIoException(CardIoException.Reason.CARD_LOST, "the card left the field");
        }
        int length = ins == 0xB1 ? ne - 4 : ne;
        byte[] chunk = Arrays.copyOfRange(current, offset, Math.min(current.length, offset + length));
        return protect(ins == 0xB1 ? Crypto.tlv(0x53, chunk) : chunk, 0x9000);
    }

    private ResponseApdu protect(byte[] data, int sw) {
        increment();
        byte[] do87 = data.length == 0
                ? new byte[0]
                : Crypto.tlv(
                        0x87,
                        Crypto.concat(
                                new byte[] {1}, Crypto.cbc(false, ksEnc, new byte[8], Crypto.pad(data, 8), true)));
        byte[] do99 = {(byte) 0x99, 2, (byte) (sw >> 8), (byte) sw};
        byte[] mac = Crypto.mac(false, ksMac, Crypto.concat(ssc, do87, do99));
        return ResponseApdu.of(Crypto.concat(do87, do99, new byte[] {(byte) 0x8E, 8}, mac), sw);
    }

    private void increment() {
        for (int k = ssc.length - 1; k >= 0; k--) {
            ssc[k]++;
            if (ssc[k] != 0) {
                return;
            }
        }
    }

    @Override
    public void reset() {
        resets++;
        applicationSelected = false;
        challenged = false;
        ssc = new byte[0];
    }

    @Override
    public void close() {}
}
