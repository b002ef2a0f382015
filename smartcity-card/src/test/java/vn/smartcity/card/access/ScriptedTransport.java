package vn.smartcity.card.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.bouncycastle.util.encoders.Hex;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * A test double that replays a published exchange: each command sent must equal the next expected
 * one byte for byte, and the scripted response comes back.
 */
final class ScriptedTransport implements ApduTransport {

    private final Deque<String[]> steps = new ArrayDeque<>();
    private int resets;

    ScriptedTransport expect(String command, String response) {
        steps.add(new String[] {clean(command), clean(response)});
        return this;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        String sent = Hex.toHexString(command.toBytes()).toUpperCase(Locale.ROOT);
        String[] step = steps.poll();
        if (step == null) {
            throw new AssertionError("unexpected extra command " + sent);
        }
        assertEquals(step[0], sent, "command on the wire");
        return ResponseApdu.parse(Hex.decode(step[1]));
    }

    @Override
    public void reset() {
        resets++;
    }

    @Override
    public void close() {}

    int resets() {
        return resets;
    }

    void assertFinished() {
        assertTrue(steps.isEmpty(), steps.size() + " scripted commands were not sent");
    }

    private static String clean(String hex) {
        return hex.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
