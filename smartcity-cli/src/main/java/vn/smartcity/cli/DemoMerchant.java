package vn.smartcity.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PaymentVerification;

/**
 * The one-stop shop's payment callback endpoint in the demo: PayGov POSTs the signed result of a
 * payment here, the SDK verifies it (signature, order, amount, replay, result code) and the
 * endpoint answers what PayGov expects. Only a verified callback marks a fee paid. Listens on a
 * free loopback port; handlers run on the server's own thread, which {@link #close()} stops.
 */
final class DemoMerchant implements AutoCloseable {

    private final HttpServer server;
    private final MerchantAccount account;
    private final Map<String, VndAmount> expected = new ConcurrentHashMap<>();
    private final Map<String, PaymentVerification> verdicts = new ConcurrentHashMap<>();
    private final Map<String, CallbackReply> replies = new ConcurrentHashMap<>();

    private DemoMerchant(HttpServer server, MerchantAccount account) {
        this.server = server;
        this.account = account;
    }

    static DemoMerchant start(MerchantAccount account) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the demo's payment callback endpoint", e);
        }
        DemoMerchant merchant = new DemoMerchant(server, account);
        server.createContext("/paygov/callback", merchant::callback);
        server.start();
        return merchant;
    }

    /** The URL PayGov is told to call. */
    URI callbackUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/paygov/callback");
    }

    /** The merchant's order book: what each order should be paid. */
    OrderLookup orders() {
        return orderId -> Optional.ofNullable(expected.get(orderId));
    }

    /** Records an order before the payer is sent to PayGov. */
    void expect(String orderId, VndAmount amount) {
        expected.put(orderId, amount);
    }

    /** The verdict on the callback of an order, once PayGov has called. */
    Optional<PaymentVerification> verdict(String orderId) {
        return Optional.ofNullable(verdicts.get(orderId));
    }

    /** What the endpoint answered PayGov for an order. */
    Optional<CallbackReply> reply(String orderId) {
        return Optional.ofNullable(replies.get(orderId));
    }

    private void callback(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readNBytes(CallbackFields.MAX_LENGTH + 1);
            CallbackFields fields = CallbackFields.ofJson(new String(body, StandardCharsets.UTF_8));
            PaymentVerification verdict = account.verifyCallback(fields, orders());
            CallbackReply reply = account.reply(verdict, fields);
            String orderId = verdict.orderId();
            if (orderId != null) {
                verdicts.put(orderId, verdict);
                replies.put(orderId, reply);
            }
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /** Stops the endpoint and its thread. */
    @Override
    public void close() {
        server.stop(0);
    }
}
