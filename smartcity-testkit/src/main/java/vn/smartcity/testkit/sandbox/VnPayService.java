package vn.smartcity.testkit.sandbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPay 2.1.0 under {@code /vnpay}: a payment page that checks the merchant's HMAC-SHA512
 * signature, pays at once and sends the payer back to {@code vnp_ReturnUrl} with signed return
 * fields, after calling the merchant's IPN URL (a GET, as VNPay does) when one is registered.
 *
 * <ul>
 *   <li>{@code GET /vnpay/paymentv2/vpcpay.html?vnp_...} — the payment page. A bad signature
 *       redirects to {@code /vnpay/paymentv2/Payment/Error.html?code=70} ("Sai chữ ký", as VNPay
 *       does), an unknown {@code vnp_TmnCode} to {@code code=72}, a missing or malformed field to
 *       {@code code=03}. The unsigned sandbox parameter {@code sandbox_responseCode=24} makes the
 *       payment fail with that code.
 *   <li>{@code POST /vnpay/merchant/ipn} (form {@code vnp_TmnCode}, {@code ipnUrl}) — registers the
 *       IPN URL, which VNPay's merchant admin holds.
 *   <li>{@code GET /vnpay/transactions/{vnp_TxnRef}} — the last signed return fields of an order as
 *       a JSON object; {@code GET /vnpay/transactions/{vnp_TxnRef}/ipn} — the merchant's answer to
 *       the IPN.
 * </ul>
 *
 * <p>The signature is computed here independently of the SDK: {@code vnp_*} fields sorted, empty
 * ones and the hash fields left out, values encoded with {@code URLEncoder.encode(v, US_ASCII)},
 * HMAC-SHA512 in hex, compared ignoring case.
 */
final class VnPayService implements SandboxService {

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final AtomicLong transactions = new AtomicLong(14_000_000);
    private final Map<String, String> ipnUrls = PaymentSandboxSupport.bounded();
    private final Map<String, Map<String, String>> returns = PaymentSandboxSupport.bounded();
    private final Map<String, String> ipnReplies = PaymentSandboxSupport.bounded();

    VnPayService(SandboxCredentials credentials) {
        this(credentials, Clock.systemUTC());
    }

    VnPayService(SandboxCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/vnpay";
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String sub = exchange.subPath();
        if (exchange.method().equals("GET") && sub.equals("/paymentv2/vpcpay.html")) {
            pay(exchange);
        } else if (exchange.method().equals("GET") && sub.equals("/paymentv2/Payment/Error.html")) {
            errorPage(exchange);
        } else if (exchange.method().equals("POST") && sub.equals("/merchant/ipn")) {
            Map<String, List<String>> form = exchange.form();
            String tmnCode = PaymentSandboxSupport.first(form, "vnp_TmnCode");
            String ipnUrl = PaymentSandboxSupport.first(form, "ipnUrl");
            if (tmnCode == null || ipnUrl == null || !PaymentSandboxSupport.isHttpUrl(ipnUrl)) {
                exchange.respond(400, "text/plain; charset=utf-8", "need vnp_TmnCode and an http(s) ipnUrl");
                return;
            }
            ipnUrls.put(tmnCode, ipnUrl);
            exchange.respond(204, "text/plain; charset=utf-8", "");
        } else if (exchange.method().equals("GET") && sub.startsWith("/transactions/")) {
            String rest = sub.substring("/transactions/".length());
            boolean ipn = rest.endsWith("/ipn");
            String txnRef = ipn ? rest.substring(0, rest.length() - 4) : rest;
            if (ipn) {
                String reply = ipnReplies.get(txnRef);
                if (reply == null) {
                    exchange.respond(404, "text/plain; charset=utf-8", "no IPN was answered for this order");
                } else {
                    exchange.respond(200, "text/plain; charset=utf-8", reply);
                }
                return;
            }
            Map<String, String> fields = returns.get(txnRef);
            if (fields == null) {
                exchange.respond(404, "text/plain; charset=utf-8", "no payment for this order");
            } else {
                exchange.json(200, PaymentSandboxSupport.write(fields));
            }
        } else {
            exchange.respond(404, "text/plain; charset=utf-8", "not a VNPay sandbox endpoint");
        }
    }

    private void pay(SandboxExchange exchange) throws IOException {
        Map<String, List<String>> query = exchange.query();
        Map<String, String> fields = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getValue().size() != 1) {
                error(exchange, "03");
                return;
            }
            fields.put(e.getKey(), e.getValue().get(0));
        }
        for (String required : new String[] {
            "vnp_Version",
            "vnp_Command",
            "vnp_TmnCode",
            "vnp_Amount",
            "vnp_CurrCode",
            "vnp_TxnRef",
            "vnp_OrderInfo",
            "vnp_ReturnUrl",
            "vnp_IpAddr",
            "vnp_CreateDate",
            "vnp_SecureHash"
        }) {
            if (fields.getOrDefault(required, "").isEmpty()) {
                error(exchange, "03");
                return;
            }
        }
        if (!fields.get("vnp_TmnCode").equals(credentials.vnpayTmnCode())) {
            error(exchange, "72");
            return;
        }
        if (!PaymentSandboxSupport.hexEquals(sign(fields), fields.get("vnp_SecureHash"))) {
            error(exchange, "70");
            return;
        }
        String amount = fields.get("vnp_Amount");
        if (!fields.get("vnp_Version").equals("2.1.0")
                || !fields.get("vnp_Command").equals("pay")
                || !amount.matches("[1-9][0-9]{0,11}")
                || !PaymentSandboxSupport.isHttpUrl(fields.get("vnp_ReturnUrl"))) {
            error(exchange, "03");
            return;
        }
        String responseCode = fields.getOrDefault("sandbox_responseCode", "00");
        boolean ok = responseCode.equals("00");
        String transactionNo = Long.toString(transactions.incrementAndGet());
        Map<String, String> result = new TreeMap<>();
        result.put("vnp_Amount", amount);
        result.put("vnp_BankCode", fields.getOrDefault("vnp_BankCode", "NCB"));
        if (ok) {
            result.put("vnp_BankTranNo", "VNP" + transactionNo);
        }
        result.put("vnp_CardType", "ATM");
        result.put("vnp_OrderInfo", fields.get("vnp_OrderInfo"));
        result.put("vnp_PayDate", PaymentSandboxSupport.vietnamTime(clock.instant()));
        result.put("vnp_ResponseCode", responseCode);
        result.put("vnp_TmnCode", credentials.vnpayTmnCode());
        result.put("vnp_TransactionNo", transactionNo);
        result.put("vnp_TransactionStatus", ok ? "00" : "02");
        result.put("vnp_TxnRef", fields.get("vnp_TxnRef"));
        result.put("vnp_SecureHash", sign(result));
        String returnQuery = encode(result);
        returns.put(result.get("vnp_TxnRef"), Collections.unmodifiableMap(new LinkedHashMap<>(result)));
        String ipnUrl = ipnUrls.get(credentials.vnpayTmnCode());
        if (ipnUrl != null) {
            ipnReplies.put(
                    result.get("vnp_TxnRef"),
                    PaymentSandboxSupport.call("GET", PaymentSandboxSupport.withQuery(ipnUrl, returnQuery), null));
        }
        exchange.setHeader("Location", PaymentSandboxSupport.withQuery(fields.get("vnp_ReturnUrl"), returnQuery));
        exchange.respond(302, "text/plain; charset=utf-8", "");
    }

    private static void error(SandboxExchange exchange, String code) throws IOException {
        exchange.setHeader("Location", "/vnpay/paymentv2/Payment/Error.html?code=" + code);
        exchange.respond(302, "text/plain; charset=utf-8", "");
    }

    private static void errorPage(SandboxExchange exchange) throws IOException {
        String code = PaymentSandboxSupport.first(exchange.query(), "code");
        String message;
        if ("70".equals(code)) {
            message = "Sai chữ ký";
        } else if ("72".equals(code)) {
            message = "Không tìm thấy website (vnp_TmnCode)";
        } else {
            code = "03";
            message = "Dữ liệu gửi sang không đúng định dạng";
        }
        exchange.respond(
                400,
                "text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"vi\"><head><title>VNPAY sandbox</title></head><body>"
                        + "<h1>Thông báo</h1><p id=\"message\">" + message + "</p><p id=\"code\">Mã lỗi: " + code
                        + "</p></body></html>");
    }

    private String sign(Map<String, String> fields) {
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            String name = e.getKey();
            if (!name.startsWith("vnp_")
                    || e.getValue().isEmpty()
                    || name.equals("vnp_SecureHash")
                    || name.equals("vnp_SecureHashType")) {
                continue;
            }
            data.append(data.length() == 0 ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.US_ASCII));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(credentials.vnpayHashSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is missing from this Java runtime", e);
        }
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.append(out.length() == 0 ? "" : "&")
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.US_ASCII));
        }
        return out.toString();
    }
}
