package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.cli.EgovDvcqgCommandsTest.assertOneLineError;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.smartcity.cli.SmartCityTest.Result;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/** {@code smartcity egov sandbox}: endpoints and test credentials printed, then served until stopped. */
class EgovSandboxCommandTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void printsItsEndpointsAndTestCredentials() throws IOException {
        int port = freePort();
        Result r = SmartCityTest.run("egov", "sandbox", "--port", String.valueOf(port), "--stop-after", "0");
        assertEquals(0, r.status(), r.err());
        String base = "http://127.0.0.1:" + port;
        String out = r.out();
        assertTrue(out.startsWith("E-government sandbox on " + base + " "), out);
        assertTrue(out.contains("  dvcqg       " + base + "/dvcqg "), out);
        assertTrue(out.contains("  open311     " + base + "/open311/v2 "), out);
        assertTrue(out.contains("  vnpay       " + base + "/vnpay/paymentv2/vpcpay.html "), out);
        assertTrue(out.contains("user sandbox, password sandbox-password, dstcode SANDBOX, agency 000.00.00.H57"), out);
        assertTrue(out.contains("api key sandbox-open311-key, jurisdiction hue.gov.vn"), out);
        assertEquals("", r.err());

        Result json = SmartCityTest.run("egov", "sandbox", "--port", "0", "--stop-after", "0", "--json");
        assertEquals(0, json.status(), json.err());
        JsonObject o = json.json();
        int chosen = o.getInt("port");
        assertTrue(chosen > 0);
        assertEquals(
                "http://127.0.0.1:" + chosen + "/dvcqg",
                o.getJsonObject("endpoints").getString("dvcqg"));
        assertEquals(
                "http://127.0.0.1:" + chosen + "/paygov/api/payment",
                o.getJsonObject("endpoints").getString("paygov"));
        assertEquals("SANDBOX1", o.getJsonObject("credentials").getString("vnpayTmnCode"));
    }

    @Test
    void servesUntilInterruptedThenStops() throws Exception {
        int port = freePort();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread running = new Thread(() -> status.set(SmartCity.run(
                new String[] {"egov", "sandbox", "--port", String.valueOf(port)},
                new PrintWriter(out, true),
                new PrintWriter(err, true))));
        running.start();
        while (!out.toString().contains("Try: ") && running.isAlive()) {
            Thread.sleep(20);
        }
        String endpoint = "http://127.0.0.1:" + port + "/dvcqg";
        Result served = SmartCityTest.run("egov", "procedures", "--endpoint", endpoint, "--allow-http");
        assertEquals(0, served.status(), served.err() + err);

        running.interrupt();
        running.join();
        assertEquals(0, status.get(), err.toString());
        Result gone = SmartCityTest.run("egov", "procedures", "--endpoint", endpoint, "--allow-http");
        assertOneLineError(gone, "dvcqg: could not connect");
    }

    @Test
    void aPortInUseIsOneLine() {
        try (EgovSandbox first = EgovSandbox.start(0)) {
            int port = first.port();
            Result r = SmartCityTest.run("egov", "sandbox", "--port", String.valueOf(port), "--stop-after", "0");
            assertOneLineError(
                    r,
                    "cannot start the sandbox on 127.0.0.1:" + port + ": port " + port
                            + " is in use (another sandbox?) or not allowed; choose another with --port");
            assertEquals("", r.out());
        }
        assertOneLineError(
                SmartCityTest.run("egov", "sandbox", "--port", "70000", "--stop-after", "0"),
                "--port: expected 0 to 65535, got 70000");
        assertEquals(2, SmartCityTest.run("egov", "sandbox", "--port", "many").status());
    }
}
