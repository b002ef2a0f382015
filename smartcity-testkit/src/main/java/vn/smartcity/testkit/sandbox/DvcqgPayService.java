package vn.smartcity.testkit.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The DVCQG payment platform under its own path, {@code /dvcqg-pay} (next to the DVCQG adapter at
 * {@code /dvcqg}), as OpenCPS talks to it: {@code MaXacThuc}-signed JSON messages.
 *
 * <ul>
 *   <li>{@code POST /dvcqg-pay/khoitaogiaodich} — the initiation message. {@code MaDoiTac} must be
 *       {@link SandboxCredentials#agencyCode()} (OpenCPS sends the agency code) and {@code
 *       MaXacThuc} must be {@code hex(SHA-256(LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|SoTien|
 *       LoaiHinhThanhToan|MaKenhThanhToan|MaThietBi|NgonNgu|MaTienTe|MaNganHang|ThongTinGiaoDich|
 *       ThoiGianGD|Ip|hashKey))} with {@link SandboxCredentials#dvcqgPaymentHashKey()}. Answers
 *       {@code {"MaLoi":"00","MoTaLoi":"Thành công","MaThamChieu":...,"UrlThanhToan":...}}; a bad
 *       signature gets {@code {"MaLoi":"99","MoTaLoi":"Sai mã xác thực"}} (the platform's error
 *       table is not published; {@code 99} "Các lỗi khác" is the code OpenCPS itself uses, and
 *       {@code UrlThanhToan} is the sandbox's name for the page URL).
 *   <li>{@code GET /dvcqg-pay/thanhtoan/<token>} — the payment page: pays ({@code MaLoi} {@code
 *       00}, or the unsigned sandbox parameter {@code sandbox_maLoi}), POSTs the signed
 *       confirmation {@code LoaiBanTin} ({@code CONFIRM}, a sandbox value), {@code MaLoi, MaDoiTac,
 *       MaThamChieu, SoTien, MaTienTe, MaGiaoDich, MaNganHang, ThoiGianGD, ThongTinGiaoDich,
 *       MaXacThuc} (hashed in that order, {@code ThoiGianGD} before {@code ThongTinGiaoDich}, as
 *       OpenCPS checks it) to the registered callback URL, and shows the confirmation as JSON (the
 *       initiation message has no return URL).
 *   <li>{@code POST /dvcqg-pay/merchant/callback} (form {@code MaDoiTac}, {@code callbackUrl}) —
 *       registers the callback URL.
 *   <li>{@code GET /dvcqg-pay/giaodich/<MaThamChieu>} — the last confirmation of a reference;
 *       {@code .../callback} — the merchant's answer to it.
 * </ul>
 */
final class DvcqgPayService implements SandboxService {

    private static final String[] INIT_HASHED = {
        "LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien", "LoaiHinhThanhToan", "MaKenhThanhToan",
        "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang", "ThongTinGiaoDich", "ThoiGianGD", "Ip"
    };
    private static final String[] CONFIRM_HASHED = {
        "LoaiBanTin",
        "MaLoi",
        "MaDoiTac",
        "MaThamChieu",
        "SoTien",
        "MaTienTe",
        "MaGiaoDich",
        "MaNganHang",
        "ThoiGianGD",
        "ThongTinGiaoDich"
    };

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final AtomicLong transactions = new AtomicLong(0);
    private final Map<String, Map<String, String>> pending = PaymentSandboxSupport.bounded();
    private final Map<String, String> callbackUrls = PaymentSandboxSupport.bounded();
    private final Map<String, Map<String, String>> confirmations = PaymentSandboxSupport.bounded();
    private final Map<String, String> callbackReplies = PaymentSandboxSupport.bounded();

    DvcqgPayService(SandboxCredentials credentials) {
        this(credentials, Clock.systemUTC());
    }

    DvcqgPayService(SandboxCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/dvcqg-pay";
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String sub = exchange.subPath();
        if (exchange.method().equals("POST") && sub.equals("/khoitaogiaodich")) {
            initiate(exchange);
        } else if (exchange.method().equals("GET") && sub.startsWith("/thanhtoan/")) {
            pay(exchange, sub.substring("/thanhtoan/".length()));
        } else if (exchange.method().equals("POST") && sub.equals("/merchant/callback")) {
            Map<String, List<String>> form = exchange.form();
            String partner = PaymentSandboxSupport.first(form, "MaDoiTac");
            String url = PaymentSandboxSupport.first(form, "callbackUrl");
            if (partner == null || url == null || !PaymentSandboxSupport.isHttpUrl(url)) {
                exchange.respond(400, "text/plain; charset=utf-8", "need MaDoiTac and an http(s) callbackUrl");
                return;
            }
            callbackUrls.put(partner, url);
            exchange.respond(204, "text/plain; charset=utf-8", "");
        } else if (exchange.method().equals("GET") && sub.startsWith("/giaodich/")) {
            String rest = sub.substring("/giaodich/".length());
            if (rest.endsWith("/callback")) {
                String reply = callbackReplies.get(rest.substring(0, rest.length() - "/callback".length()));
                if (reply == null) {
                    exchange.respond(404, "text/plain; charset=utf-8", "no callback was answered for this reference");
                } else {
                    exchange.respond(200, "text/plain; charset=utf-8", reply);
                }
                return;
            }
            Map<String, String> confirmation = confirmations.get(rest);
            if (confirmation == null) {
                exchange.respond(404, "text/plain; charset=utf-8", "no payment for this reference");
            } else {
                exchange.json(200, PaymentSandboxSupport.write(confirmation));
            }
        } else {
            exchange.respond(404, "text/plain; charset=utf-8", "not a DVCQG payment platform sandbox endpoint");
        }
    }

    private String maXacThuc(Map<String, String> fields, String[] order) {
        StringBuilder joined = new StringBuilder();
        for (String name : order) {
            joined.append(fields.getOrDefault(name, "")).append('|');
        }
        return PaymentSandboxSupport.sha256Hex(
                joined.append(credentials.dvcqgPaymentHashKey()).toString());
    }

    private void initiate(SandboxExchange exchange) throws IOException {
        Map<String, String> body = PaymentSandboxSupport.readFlat(exchange.bodyText());
        if (body == null) {
            answer(exchange, "99", "Dữ liệu không phải JSON object", null);
            return;
        }
        for (String required : new String[] {"MaDoiTac", "MaThamChieu", "SoTien", "MaXacThuc"}) {
            if (body.getOrDefault(required, "").isEmpty()) {
                answer(exchange, "99", "Thiếu trường " + required, null);
                return;
            }
        }
        if (!body.get("MaDoiTac").equals(credentials.agencyCode())) {
            answer(exchange, "99", "Mã đối tác không hợp lệ", null);
            return;
        }
        if (!PaymentSandboxSupport.hexEquals(maXacThuc(body, INIT_HASHED), body.get("MaXacThuc"))) {
            answer(exchange, "99", "Sai mã xác thực", null);
            return;
        }
        if (!body.get("SoTien").matches("[1-9][0-9]{0,14}")) {
            answer(exchange, "99", "Số tiền không hợp lệ", null);
            return;
        }
        String token = UUID.randomUUID().toString();
        pending.put(token, Collections.unmodifiableMap(body));
        answer(
                exchange,
                "00",
                "Thành công",
                Map.of(
                        "MaThamChieu",
                        body.get("MaThamChieu"),
                        "UrlThanhToan",
                        "http://" + exchange.header("Host") + "/dvcqg-pay/thanhtoan/" + token));
    }

    private static void answer(SandboxExchange exchange, String maLoi, String moTa, @Nullable Map<String, String> extra)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("MaLoi", maLoi);
        body.put("MoTaLoi", moTa);
        if (extra != null) {
            body.put("MaThamChieu", extra.get("MaThamChieu"));
            body.put("UrlThanhToan", extra.get("UrlThanhToan"));
        }
        exchange.json(200, PaymentSandboxSupport.write(body));
    }

    private void pay(SandboxExchange exchange, String token) throws IOException {
        Map<String, String> request = pending.remove(token);
        if (request == null) {
            exchange.respond(404, "text/plain; charset=utf-8", "no pending payment with this token");
            return;
        }
        String maLoi = PaymentSandboxSupport.first(exchange.query(), "sandbox_maLoi");
        Map<String, String> confirmation = new LinkedHashMap<>();
        confirmation.put("LoaiBanTin", "CONFIRM");
        confirmation.put("MaLoi", maLoi != null ? maLoi : "00");
        confirmation.put("MaDoiTac", request.get("MaDoiTac"));
        confirmation.put("MaThamChieu", request.get("MaThamChieu"));
        confirmation.put("SoTien", request.get("SoTien"));
        confirmation.put("MaTienTe", request.getOrDefault("MaTienTe", "VND"));
        confirmation.put("MaGiaoDich", String.format("PP%08d", transactions.incrementAndGet()));
        confirmation.put("MaNganHang", "NCB");
        confirmation.put("ThoiGianGD", PaymentSandboxSupport.vietnamTime(clock.instant()));
        confirmation.put("ThongTinGiaoDich", request.getOrDefault("ThongTinGiaoDich", ""));
        confirmation.put("MaXacThuc", maXacThuc(confirmation, CONFIRM_HASHED));
        confirmations.put(request.get("MaThamChieu"), Collections.unmodifiableMap(confirmation));
        String json = PaymentSandboxSupport.write(confirmation);
        String url = callbackUrls.get(request.get("MaDoiTac"));
        if (url != null) {
            callbackReplies.put(request.get("MaThamChieu"), PaymentSandboxSupport.call("POST", url, json));
        }
        exchange.json(200, json);
    }
}
