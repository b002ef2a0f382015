package vn.smartcity.testkit.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.testkit.chip.internal.Bytes;

/**
 * The vpcd protocol without pcscd: this test plays vpcd's side (a server socket; 2-byte big-endian
 * length, then the message; 1-byte control codes 00 power off, 01 power on, 02 reset, 04 get ATR),
 * as frankmorgner/vsmartcard virtualsmartcard/src/vpcd/vpcd.c and vpcd.h define it.
 */
class VpcdCardTest {

    private static void send(DataOutputStream out, byte[] message) throws IOException {
        out.writeShort(message.length);
        out.write(message);
        out.flush();
    }

    private static byte[] receive(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        return in.readNBytes(length);
    }

    private static Socket accept(ServerSocket server) throws IOException {
        server.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
        Socket socket = server.accept();
        socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
        return socket;
    }

    @Test
    void answersControlCodesAndApdus() throws Exception {
        SimulatedChip chip =
                SimulatedChip.builder().random(ChipRandom.seeded(11)).build();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                VpcdCard card = VpcdCard.start(chip, "127.0.0.1", server.getLocalPort());
                Socket vpcd = accept(server)) {
            assertTrue(card.awaitConnected(Duration.ofSeconds(30)));
            DataInputStream in = new DataInputStream(vpcd.getInputStream());
            DataOutputStream out = new DataOutputStream(vpcd.getOutputStream());
            send(out, new byte[] {0x01}); // power on: no answer
            send(out, new byte[] {0x04}); // get ATR
            assertArrayEquals(chip.atr(), receive(in));
            send(out, Bytes.hex("00A4040C07A0000002471001"));
            assertEquals("9000", Bytes.hex(receive(in)));
            send(out, Bytes.hex("0084000008"));
            ResponseApdu challenge = ResponseApdu.parse(receive(in));
            assertEquals(0x9000, challenge.sw());
            assertEquals(8, challenge.dataLength());
            send(out, new byte[] {0x02}); // reset: no answer; the challenge is gone
            send(out, Bytes.hex("0082000028" + "00".repeat(40) + "28"));
            assertEquals("6985", Bytes.hex(receive(in)));
            send(out, new byte[] {0x7F}); // an unknown control code is ignored
            send(out, Bytes.hex("00A4")); // no APDU
            assertEquals("6700", Bytes.hex(receive(in)));
            assertTrue(card.toString().startsWith("VpcdCard[127.0.0.1:"));
        }
    }

    @Test
    void connectsAgainWhenVpcdDropsTheConnection() throws Exception {
        SimulatedChip chip = SimulatedChip.sampleCitizen();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                VpcdCard card = VpcdCard.start(chip, "127.0.0.1", server.getLocalPort())) {
            accept(server).close();
            try (Socket again = accept(server)) {
                DataInputStream in = new DataInputStream(again.getInputStream());
                DataOutputStream out = new DataOutputStream(again.getOutputStream());
                send(out, new byte[] {0x04});
                assertArrayEquals(chip.atr(), receive(in));
            }
            assertSame(chip, card.chip());
        }
    }

    @Test
    void aDroppingChipLeavesTheReaderAndComesBackReset() throws Exception {
        SimulatedChip chip = SimulatedChip.builder().dropConnectionAt(2).build();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                VpcdCard card = VpcdCard.start(chip, "127.0.0.1", server.getLocalPort())) {
            try (Socket vpcd = accept(server)) {
                DataInputStream in = new DataInputStream(vpcd.getInputStream());
                DataOutputStream out = new DataOutputStream(vpcd.getOutputStream());
                send(out, Bytes.hex("00A4040C07A0000002471001"));
                assertEquals("9000", Bytes.hex(receive(in)));
                send(out, Bytes.hex("0084000008")); // the second command drops the connection
                assertEquals(-1, in.read(), "the card closed the connection: it left the reader");
            }
            try (Socket back = accept(server)) {
                DataInputStream in = new DataInputStream(back.getInputStream());
                DataOutputStream out = new DataOutputStream(back.getOutputStream());
                send(out, Bytes.hex("0084000008"));
                assertEquals(0x9000, ResponseApdu.parse(receive(in)).sw(), "reset on the new connection");
                assertTrue(card.awaitConnected(Duration.ofSeconds(30)));
            }
        }
    }

    @Test
    void closingStopsTheCardAndAClosedChipEndsIt() throws Exception {
        SimulatedChip chip = SimulatedChip.sampleCitizen();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            VpcdCard card = VpcdCard.start(chip, "127.0.0.1", server.getLocalPort());
            try (Socket vpcd = accept(server)) {
                assertTrue(card.awaitConnected(Duration.ofSeconds(30)));
                card.close();
                assertFalse(card.connected());
                assertFalse(card.awaitConnected(Duration.ofMillis(10)));
                assertEquals(-1, vpcd.getInputStream().read(), "the connection is closed");
            }
            card.close(); // twice is fine
        }
        IllegalArgumentException port =
                assertThrows(IllegalArgumentException.class, () -> VpcdCard.start(chip, "localhost", 70000));
        assertEquals("port 70000 is outside 1..65535", port.getMessage());
    }
}
