package vn.smartcity.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.GatewaySettings;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PaymentOrder;
import vn.smartcity.egov.payment.PaymentRequest;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.VnPayGateway;
import vn.smartcity.testkit.sandbox.EgovSandbox;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * For a public-service portal that takes fees by VNPay: the IPN endpoint, the server-to-server
 * callback that is the only thing allowed to mark an order paid. {@link #onIpn} is the part to copy
 * into your controller: it verifies the HMAC-SHA512 signature, the merchant, the order and its
 * amount, refuses a replay, and answers VNPay with the code it expects.
 *
 * <p>The test kit's sandbox plays VNPay here, with its published test keys. In production, read
 * the hash secret from your secret store, never from code.
 */
public final class VerifyPaymentCallback {

    private VerifyPaymentCallback() {}

    /**
     * The IPN endpoint's work.
     *
     * @param vnpay the merchant's account
     * @param rawQuery the IPN's query string as received (VNPay's IPN is a GET)
     * @param orders the merchant's expected amount per order
     * @param log where the outcome goes
     * @return what to answer VNPay
     */
    static CallbackReply onIpn(MerchantAccount vnpay, String rawQuery, OrderLookup orders, List<String> log) {
        CallbackFields fields = CallbackFields.ofQuery(rawQuery); // never throws, even for garbage
        PaymentVerification verdict = vnpay.verifyCallback(fields, orders);
        if (verdict instanceof PaymentVerification.Verified) {
            PaymentVerification.Verified paid = (PaymentVerification.Verified) verdict;
            // Here: mark the order paid in your database, once (verifyCallback already refused replays).
            log.add("VERIFIED order " + paid.orderId() + " " + paid.amount().format() + ", VNPay transaction "
                    + paid.transactionRef());
        } else {
            PaymentVerification.Rejected no = (PaymentVerification.Rejected) verdict;
            log.add("REJECTED " + no.reason() + ": " + no.detail());
        }
        CallbackReply reply = vnpay.reply(verdict, fields);
        log.add("  answered " + reply.body());
        return reply;
    }

    /**
     * Runs a payment through the sandbox with an IPN endpoint on a free loopback port, then sends
     * the same IPN again and a forged one.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run().forEach(System.out::println);
    }

    /**
     * The example's run.
     *
     * @return what the endpoint logged
     */
    static List<String> run() {
        // Filled by the endpoint's thread and by this one.
        List<String> log = new CopyOnWriteArrayList<>();
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCredentials keys = sandbox.credentials();
            MerchantAccount vnpay = new VnPayGateway()
                    .account(GatewaySettings.builder()
                            .set(VnPayGateway.TMN_CODE, keys.vnpayTmnCode())
                            .set(VnPayGateway.HASH_SECRET, keys.vnpayHashSecret())
                            .set(
                                    VnPayGateway.PAY_URL,
                                    sandbox.endpoint("/vnpay/paymentv2/vpcpay.html")
                                            .toString())
                            .build());
            // The merchant's orders: what each should be paid (your database).
            Map<String, VndAmount> orders = new ConcurrentHashMap<>();
            orders.put("HS-000.00.14.H57-0001", VndAmount.of(8_000));
            OrderLookup lookup = id -> Optional.ofNullable(orders.get(id));

            // The IPN endpoint (any web framework will do; the JDK's server here).
            List<String> received = new CopyOnWriteArrayList<>();
            HttpServer server = httpServer();
            server.createContext("/vnpay/ipn", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                received.add(query);
                respond(exchange, onIpn(vnpay, query == null ? "" : query, lookup, log));
            });
            server.start();
            try {
                String ipnUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/vnpay/ipn";
                post(
                        sandbox.endpoint("/vnpay/merchant/ipn"),
                        Map.of("vnp_TmnCode", keys.vnpayTmnCode(), "ipnUrl", ipnUrl));

                // A citizen pays: her browser goes to the signed payment URL; VNPay calls the IPN.
                PaymentRequest request =
                        vnpay.createPayment(PaymentOrder.builder("HS-000.00.14.H57-0001", VndAmount.of(8_000))
                                .orderInfo("Lệ phí cấp bản sao trích lục hộ tịch")
                                .returnUrl(URI.create("https://dichvucong.example.vn/thanh-toan/ket-qua"))
                                .clientIp("203.113.10.5")
                                .build());
                get(request.uri());

                // VNPay may send the same IPN again; and anyone can forge one.
                String ipn = received.get(0);
                log.add("the same IPN again:");
                onIpn(vnpay, ipn, lookup, log);
                log.add("a forged IPN (amount changed):");
                onIpn(vnpay, ipn.replace("vnp_Amount=800000", "vnp_Amount=100"), lookup, log);
            } finally {
                server.stop(0);
            }
        }
        return log;
    }

    private static HttpServer httpServer() {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, CallbackReply reply) throws IOException {
        try (exchange) {
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void get(URI uri) {
        send(HttpRequest.newBuilder(uri).GET().build());
    }

    private static void post(URI uri, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private static void send(HttpRequest request) {
        try {
            // Redirects are not followed: the payer's browser would go on to the return URL.
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
