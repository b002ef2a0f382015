package vn.smartcity.testkit.sandbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PayGov (the national online payment platform) under {@code /paygov}, as OpenCPS talks to it: a
 * JSON payment request with a SHA-256 checksum, a payment page that pays at once, a JSON callback
 * to the merchant and a redirect to the return URL.
 *
 * <ul>
 *   <li>{@code POST /paygov/api/payment} — the request body {@code partnerCode, accessKey,
 *       serviceCode, returnUrl, orderId, amount, orderInfo, requestCode, ipAddress, checksum},
 *       checked against {@link SandboxCredentials#payGovPartnerCode()}, {@code payGovAccessKey} and
 *       {@code checksum = hex(SHA-256(secretKey + accessKey + partnerCode + orderId + requestCode +
 *       amount))}. Answers {@code {"data":{"url":".../paygov/pay/<token>"}}}. PayGov's own error
 *       format is not published; the sandbox answers {@code 400 {"errorCode":"INVALID_CHECKSUM",
 *       "message":...}} (or {@code INVALID_REQUEST}, and {@code 401 UNAUTHORIZED} for a wrong
 *       partner code or access key).
 *   <li>{@code GET /paygov/pay/<token>} — the payment page: pays ({@code errorCode} {@code 00},
 *       or the unsigned sandbox parameter {@code sandbox_errorCode}), POSTs the signed callback
 *       {@code orderId, amount, orderInfo, requestCode, transactionNo, payDate, errorCode,
 *       checksum} to the registered callback URL, and redirects to {@code returnUrl} with the same
 *       fields in the query.
 *   <li>{@code POST /paygov/merchant/callback} (form {@code partnerCode}, {@code callbackUrl}) —
 *       registers the callback URL (PayGov holds it with the merchant's registration).
 *   <li>{@code GET /paygov/transactions/<orderId>} — the last signed callback of an order;
 *       {@code GET /paygov/transactions/<orderId>/callback} — the merchant's answer to it.
 * </ul>
 */
final class PayGovService implements SandboxService {

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final AtomicLong transactions = new AtomicLong(0);
    private final Map<String, Map<String, String>> pending = PaymentSandboxSupport.bounded();
    private final Map<String, String> callbackUrls = PaymentSandboxSupport.bounded();
    private final Map<String, Map<String, String>> callbacks = PaymentSandboxSupport.bounded();
    private final Map<String, String> callbackReplies = PaymentSandboxSupport.bounded();

    PayGovService(SandboxCredentials credentials) {
        this(credentials, Clock.systemUTC());
    }

    PayGovService(SandboxCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/paygov";
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String sub = exchange.subPath();
        if (exchange.method().equals("POST") && sub.equals("/api/payment")) {
            create(exchange);
        } else if (exchange.method().equals("GET") && sub.startsWith("/pay/")) {
            pay(exchange, sub.substring("/pay/".length()));
        } else if (exchange.method().equals("POST") && sub.equals("/merchant/callback")) {
            Map<String, List<String>> form = exchange.form();
            String partner = PaymentSandboxSupport.first(form, "partnerCode");
            String url = PaymentSandboxSupport.first(form, "callbackUrl");
            if (partner == null || url == null || !PaymentSandboxSupport.isHttpUrl(url)) {
                exchange.respond(400, "text/plain; charset=utf-8", "need partnerCode and an http(s) callbackUrl");
                return;
            }
            callbackUrls.put(partner, url);
            exchange.respond(204, "text/plain; charset=utf-8", "");
        } else if (exchange.method().equals("GET") && sub.startsWith("/transactions/")) {
            String rest = sub.substring("/transactions/".length());
            if (rest.endsWith("/callback")) {
                String reply = callbackReplies.get(rest.substring(0, rest.length() - "/callback".length()));
                if (reply == null) {
                    exchange.respond(404, "text/plain; charset=utf-8", "no callback was answered for this order");
                } else {
                    exchange.respond(200, "text/plain; charset=utf-8", reply);
                }
                return;
            }
            Map<String, String> callback = callbacks.get(rest);
            if (callback == null) {
                exchange.respond(404, "text/plain; charset=utf-8", "no payment for this order");
            } else {
                exchange.json(200, PaymentSandboxSupport.write(callback));
            }
        } else {
            exchange.respond(404, "text/plain; charset=utf-8", "not a PayGov sandbox endpoint");
        }
    }

    private String checksum(String orderId, String requestCode, String amount) {
        return PaymentSandboxSupport.sha256Hex(credentials.payGovSecretKey()
                + credentials.payGovAccessKey()
                + credentials.payGovPartnerCode()
                + orderId
                + requestCode
                + amount);
    }

    private void create(SandboxExchange exchange) throws IOException {
        Map<String, String> body = PaymentSandboxSupport.readFlat(exchange.bodyText());
        if (body == null) {
            fail(exchange, 400, "INVALID_REQUEST", "Body không phải JSON object");
            return;
        }
        for (String required :
                new String[] {"partnerCode", "accessKey", "returnUrl", "orderId", "amount", "requestCode", "checksum"
                }) {
            if (body.getOrDefault(required, "").isEmpty()) {
                fail(exchange, 400, "INVALID_REQUEST", "Thiếu trường " + required);
                return;
            }
        }
        if (!body.get("partnerCode").equals(credentials.payGovPartnerCode())
                || !body.get("accessKey").equals(credentials.payGovAccessKey())) {
            fail(exchange, 401, "UNAUTHORIZED", "Mã đối tác hoặc access key không hợp lệ");
            return;
        }
        if (!PaymentSandboxSupport.hexEquals(
                checksum(body.get("orderId"), body.get("requestCode"), body.get("amount")), body.get("checksum"))) {
            fail(exchange, 400, "INVALID_CHECKSUM", "Checksum không hợp lệ");
            return;
        }
        if (!body.get("amount").matches("[1-9][0-9]{0,14}")
                || !PaymentSandboxSupport.isHttpUrl(body.get("returnUrl"))) {
            fail(exchange, 400, "INVALID_REQUEST", "amount hoặc returnUrl không hợp lệ");
            return;
        }
        String token = UUID.randomUUID().toString();
        pending.put(token, Collections.unmodifiableMap(body));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", "http://" + exchange.header("Host") + "/paygov/pay/" + token);
        exchange.json(200, PaymentSandboxSupport.write(Map.of("data", data)));
    }

    private static void fail(SandboxExchange exchange, int status, String code, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("errorCode", code);
        body.put("message", message);
        exchange.json(status, PaymentSandboxSupport.write(body));
    }

    private void pay(SandboxExchange exchange, String token) throws IOException {
        Map<String, String> request = pending.remove(token);
        if (request == null) {
            exchange.respond(404, "text/plain; charset=utf-8", "no pending payment with this token");
            return;
        }
        String errorCode = PaymentSandboxSupport.first(exchange.query(), "sandbox_errorCode");
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("orderId", request.get("orderId"));
        callback.put("amount", request.get("amount"));
        callback.put("orderInfo", request.getOrDefault("orderInfo", ""));
        callback.put("requestCode", request.get("requestCode"));
        callback.put("transactionNo", String.format("PG%08d", transactions.incrementAndGet()));
        callback.put("payDate", PaymentSandboxSupport.vietnamTime(clock.instant()));
        callback.put("errorCode", errorCode != null ? errorCode : "00");
        callback.put("checksum", checksum(request.get("orderId"), request.get("requestCode"), request.get("amount")));
        callbacks.put(request.get("orderId"), Collections.unmodifiableMap(callback));
        String url = callbackUrls.get(credentials.payGovPartnerCode());
        if (url != null) {
            callbackReplies.put(
                    request.get("orderId"),
                    PaymentSandboxSupport.call("POST", url, PaymentSandboxSupport.write(callback)));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : callback.entrySet()) {
            query.append(query.length() == 0 ? "" : "&")
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        exchange.setHeader("Location", PaymentSandboxSupport.withQuery(request.get("returnUrl"), query.toString()));
        exchange.respond(302, "text/plain; charset=utf-8", "");
    }
}
