package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.core.plugin.PluginEntry;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.DvcqgPayGateway;
import vn.smartcity.egov.payment.GatewayCode;
import vn.smartcity.egov.payment.GatewaySetting;
import vn.smartcity.egov.payment.GatewaySettings;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.PayGovGateway;
import vn.smartcity.egov.payment.PaymentClient;
import vn.smartcity.egov.payment.PaymentGateway;
import vn.smartcity.egov.payment.PaymentOrder;
import vn.smartcity.egov.payment.PaymentRequest;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.VnPayGateway;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/** {@code smartcity egov pay ...}: payment gateways, signed payment requests and callback checks. */
@Command(
        name = "pay",
        description = "Online payment of fees through PayGov, the DVCQG payment platform or VNPay (or a plugin):"
                + " the gateways and their settings, signed payment requests, callback verification.",
        subcommands = {
            EgovPayCommand.GatewaysCommand.class,
            EgovPayCommand.CreateCommand.class,
            EgovPayCommand.VerifyCallbackCommand.class
        })
final class EgovPayCommand implements Runnable {

    /** Shown instead of a secret's value. */
    static final String REDACTED = "[redacted]";

    /** The sandbox's value of the DVCQG platform's LoaiBanTin (its own, not a published one). */
    static final String SANDBOX_MESSAGE_TYPE = "PAY_INIT";

    /** The sandbox's value of the DVCQG platform's PhienBan. */
    static final String SANDBOX_VERSION = "1.0.0";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static PluginRegistry<PaymentGateway> registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return PluginRegistry.builder(PaymentGateway.class)
                .classLoader(loader != null ? loader : EgovPayCommand.class.getClassLoader())
                .reporter(d -> {})
                .build();
    }

    /** A merchant account and the secret values that must never be printed. */
    record Opened(MerchantAccount account, Set<String> secrets, boolean allowHttp) {

        /** The value, or {@code [redacted]} when it is one of the secrets. */
        String shown(String value) {
            return secrets.contains(value) ? REDACTED : value;
        }
    }

    /** The gateway and the merchant's settings. */
    static final class Account {
        @Option(
                names = "--gateway",
                required = true,
                paramLabel = "ID",
                description = "the gateway: paygov, dvcqg-pay, vnpay or a plugin's id (see 'egov pay gateways')")
        String gateway;

        @Option(
                names = "--set",
                paramLabel = "NAME=VALUE",
                description = "a gateway setting; a secret one as NAME=env:VARIABLE or NAME=@FILE, never its text")
        Map<String, String> settings = new LinkedHashMap<>();

        @Option(
                names = "--sandbox",
                description = "use the sandbox's merchant settings and, without --endpoint, its URL on port 8311")
        boolean sandbox;

        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "the gateway's URL: VNPay's payment page, or where PayGov and the DVCQG platform"
                        + " create payments (the gateway's payUrl or endpoint setting)")
        @Nullable
        String endpoint;

        @Option(
                names = "--allow-http",
                description = "allow a plain http:// gateway URL (the sandbox, a test server); refused otherwise")
        boolean allowHttp;

        Opened open(EgovSecrets secrets) {
            PaymentGateway g = registry().get(gateway);
            Map<String, GatewaySetting> declared = new LinkedHashMap<>();
            g.settings().forEach(s -> declared.put(s.name(), s));
            Map<String, String> values = new LinkedHashMap<>();
            @Nullable
            String urlSetting = declared.containsKey(VnPayGateway.PAY_URL)
                    ? VnPayGateway.PAY_URL
                    : declared.containsKey(PayGovGateway.ENDPOINT) ? PayGovGateway.ENDPOINT : null;
            if (sandbox) {
                values.putAll(sandboxSettings(g.id()));
            }
            for (Map.Entry<String, String> e : settings.entrySet()) {
                GatewaySetting s = declared.get(e.getKey());
                if (s == null) {
                    throw new SmartCity.InputError("gateway " + g.id() + " has no setting '" + e.getKey()
                            + "'; its settings are " + String.join(", ", declared.keySet()));
                }
                values.put(s.name(), secrets.resolve(e.getValue(), "setting " + s.name(), s.secret()));
            }
            if (endpoint != null) {
                if (urlSetting == null) {
                    throw new SmartCity.InputError(
                            "--endpoint: gateway " + g.id() + " has no URL setting; give its settings with --set");
                }
                if (settings.containsKey(urlSetting)) {
                    throw new SmartCity.InputError("give the gateway URL once: --endpoint or --set " + urlSetting);
                }
                values.put(urlSetting, endpoint.strip());
            }
            Set<String> secretValues = new HashSet<>();
            for (GatewaySetting s : declared.values()) {
                String v = values.get(s.name());
                if (s.secret() && v != null && !v.isEmpty()) {
                    secretValues.add(v);
                }
            }
            return new Opened(g.account(GatewaySettings.of(values)), Set.copyOf(secretValues), allowHttp);
        }

        private static Map<String, String> sandboxSettings(String id) {
            SandboxCredentials c = SandboxCredentials.DEFAULT;
            Map<String, String> v = new LinkedHashMap<>();
            switch (id) {
                case VnPayGateway.ID:
                    v.put(VnPayGateway.TMN_CODE, c.vnpayTmnCode());
                    v.put(VnPayGateway.HASH_SECRET, c.vnpayHashSecret());
                    v.put(VnPayGateway.PAY_URL, EgovCommand.SANDBOX_BASE + EgovSandboxCommand.PATHS.get("vnpay"));
                    break;
                case PayGovGateway.ID:
                    v.put(PayGovGateway.PARTNER_CODE, c.payGovPartnerCode());
                    v.put(PayGovGateway.ACCESS_KEY, c.payGovAccessKey());
                    v.put(PayGovGateway.SECRET_KEY, c.payGovSecretKey());
                    v.put(PayGovGateway.ENDPOINT, EgovCommand.SANDBOX_BASE + EgovSandboxCommand.PATHS.get("paygov"));
                    break;
                case DvcqgPayGateway.ID:
                    v.put(DvcqgPayGateway.PARTNER_CODE, c.agencyCode());
                    v.put(DvcqgPayGateway.HASH_KEY, c.dvcqgPaymentHashKey());
                    v.put(DvcqgPayGateway.MESSAGE_TYPE, SANDBOX_MESSAGE_TYPE);
                    v.put(DvcqgPayGateway.VERSION, SANDBOX_VERSION);
                    v.put(
                            DvcqgPayGateway.ENDPOINT,
                            EgovCommand.SANDBOX_BASE + EgovSandboxCommand.PATHS.get("dvcqgPay"));
                    break;
                default:
                    throw new SmartCity.InputError(
                            "--sandbox: the sandbox has no gateway " + id + "; it speaks paygov, dvcqg-pay and vnpay");
            }
            return v;
        }
    }

    /** What {@code create} and {@code verify-callback} hold: the {@link Account} and {@code --json}. */
    abstract static class AccountCall implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Account account;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;
    }

    /** {@code smartcity egov pay gateways}. */
    @Command(name = "gateways", description = "List the payment gateways and the settings each needs.")
    static final class GatewaysCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (PluginEntry<PaymentGateway> e : registry().entries()) {
                JsonArrayBuilder settings = Json.createArrayBuilder();
                if (!json) {
                    out.println(e.id() + " - " + e.description());
                }
                for (GatewaySetting s : e.plugin().settings()) {
                    JsonObjectBuilder o = Json.createObjectBuilder()
                            .add("name", s.name())
                            .add("description", s.description())
                            .add("secret", s.secret())
                            .add("required", s.isRequired());
                    EgovReportCommand.add(o, "default", s.defaultValue());
                    settings.add(o);
                    if (!json) {
                        out.println("    " + s.name() + "  " + s.description() + " ("
                                + (s.isRequired() ? "required" : "default " + s.defaultValue())
                                + (s.secret() ? ", secret: give env:NAME or @FILE" : "") + ")");
                    }
                }
                list.add(Json.createObjectBuilder()
                        .add("id", e.id())
                        .add("description", e.description())
                        .add("settings", settings));
            }
            if (json) {
                out.println(Json.createObjectBuilder().add("gateways", list).build());
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity egov pay create ...}. */
    @Command(
            name = "create",
            description = "Build and sign a payment request: VNPay's redirect URL, or the JSON that PayGov and the"
                    + " DVCQG platform take (--send posts it and prints the payment page). Secrets are never"
                    + " printed.")
    static final class CreateCommand extends AccountCall {
        @Option(names = "--order", required = true, paramLabel = "ID", description = "the order (transaction) id")
        String orderId;

        @Option(names = "--amount", required = true, paramLabel = "VND", description = "the amount in đồng")
        String amount;

        @Option(names = "--info", paramLabel = "TEXT", description = "what is paid for")
        String info = "";

        @Option(names = "--return-url", paramLabel = "URL", description = "where the payer comes back to")
        @Nullable
        String returnUrl;

        @Option(names = "--client-ip", paramLabel = "IP", description = "the payer's IP address")
        @Nullable
        String clientIp;

        @Option(names = "--extra", paramLabel = "NAME=VALUE", description = "a gateway-specific field")
        Map<String, String> extras = new LinkedHashMap<>();

        @Option(names = "--send", description = "send the request (PayGov, DVCQG) and print the payment page")
        boolean send;

        @Override
        public Integer call() {
            Opened opened = account.open(EgovSecrets.system());
            MerchantAccount merchant = opened.account();
            EgovCommand.checkUrl(merchant.endpoint().toString(), opened.allowHttp(), "gateway URL");
            PaymentOrder.Builder order =
                    PaymentOrder.builder(orderId, VndAmount.parse(amount)).orderInfo(info);
            if (returnUrl != null) {
                order.returnUrl(uri(returnUrl, "--return-url"));
            }
            if (clientIp != null) {
                order.clientIp(clientIp);
            }
            extras.forEach(order::extra);
            PaymentOrder built = order.build();
            PrintWriter out = spec.commandLine().getOut();
            if (send) {
                PaymentClient client = EgovCommand.configured(() -> PaymentClient.builder(merchant)
                        .allowHttp(opened.allowHttp())
                        .build());
                PaymentClient.PaymentStart start = EgovCommand.call(() -> client.start(built));
                if (json) {
                    out.println(Json.createObjectBuilder()
                            .add("gateway", merchant.gatewayId())
                            .add("orderId", built.orderId())
                            .add("amount", built.amount().dong())
                            .add("paymentPage", start.paymentPage().toString())
                            .build());
                } else {
                    out.println(start.paymentPage());
                }
                return SmartCity.OK;
            }
            PaymentRequest request = merchant.createPayment(built);
            JsonObjectBuilder fields = Json.createObjectBuilder();
            request.fields().forEach((name, value) -> fields.add(name, opened.shown(value)));
            String body = request.body().isEmpty() ? "" : redactedBody(request.body(), opened);
            if (json) {
                JsonObjectBuilder o = Json.createObjectBuilder()
                        .add("gateway", request.gatewayId())
                        .add("orderId", request.orderId())
                        .add("amount", built.amount().dong())
                        .add("kind", request.kind().name());
                if (request.kind() == PaymentRequest.Kind.REDIRECT) {
                    o.add("url", request.uri().toString());
                } else {
                    o.add("endpoint", request.uri().toString()).add("body", body);
                }
                out.println(o.add("fields", fields).build());
                return SmartCity.OK;
            }
            out.println(request.gatewayId() + " " + request.kind() + " order " + request.orderId() + " "
                    + built.amount().format());
            if (request.kind() == PaymentRequest.Kind.REDIRECT) {
                out.println("url " + request.uri());
            } else {
                out.println("POST " + request.uri());
                out.println("body " + body);
            }
            request.fields().forEach((name, value) -> out.println("  " + name + " = " + opened.shown(value)));
            return SmartCity.OK;
        }

        /** The JSON body with every member that holds a secret value replaced. */
        private static String redactedBody(String body, Opened opened) {
            JsonValue parsed;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                parsed = reader.readValue();
            } catch (JsonException e) {
                return REDACTED;
            }
            return redact(parsed, opened).toString();
        }

        private static JsonValue redact(JsonValue value, Opened opened) {
            switch (value.getValueType()) {
                case STRING:
                    String s = ((JsonString) value).getString();
                    return opened.secrets().contains(s) ? Json.createValue(REDACTED) : value;
                case OBJECT:
                    JsonObjectBuilder o = Json.createObjectBuilder();
                    value.asJsonObject().forEach((k, v) -> o.add(k, redact(v, opened)));
                    return o.build();
                case ARRAY:
                    JsonArrayBuilder a = Json.createArrayBuilder();
                    value.asJsonArray().forEach(v -> a.add(redact(v, opened)));
                    return a.build();
                default:
                    return value;
            }
        }
    }

    /** {@code smartcity egov pay verify-callback ...}. */
    @Command(
            name = "verify-callback",
            description = "Verify a gateway's callback or the payer's return: signature, merchant, order, amount,"
                    + " replay and result code. Exit 0 when VERIFIED, 1 when REJECTED.")
    static final class VerifyCallbackCommand extends AccountCall {
        /** The callback as received: one of the two. */
        static final class Input {
            @Option(
                    names = "--query",
                    paramLabel = "QUERY|URL|@FILE",
                    description = "the query string (VNPay), or the whole return URL")
            @Nullable
            String query;

            @Option(names = "--body", paramLabel = "JSON|@FILE", description = "the JSON body (PayGov, DVCQG platform)")
            @Nullable
            String body;
        }

        @ArgGroup(multiplicity = "1")
        Input input;

        @Option(
                names = "--expect",
                required = true,
                paramLabel = "ORDER=AMOUNT",
                description = "an order the merchant expects and its amount in đồng; repeat for several")
        Map<String, String> expected = new LinkedHashMap<>();

        @Option(names = "--return", description = "a payer's return: verify without replay bookkeeping")
        boolean isReturn;

        @Option(names = "--reply", description = "also print the answer the gateway expects")
        boolean reply;

        @Override
        public Integer call() {
            Map<String, VndAmount> amounts = new LinkedHashMap<>();
            expected.forEach((order, text) -> amounts.put(order, VndAmount.parse(text)));
            EgovSecrets secrets = EgovSecrets.system();
            CallbackFields fields;
            if (input.query != null) {
                fields = CallbackFields.ofQuery(
                        query(secrets.resolve(EgovCommand.asTyped(spec, "--query", input.query), "--query", false)));
            } else {
                String body = input.body == null ? "" : input.body;
                fields = CallbackFields.ofJson(
                        secrets.resolve(EgovCommand.asTyped(spec, "--body", body), "--body", false));
            }
            Opened opened = account.open(secrets);
            MerchantAccount merchant = opened.account();
            PaymentVerification v = isReturn
                    ? merchant.verifyReturn(fields, id -> Optional.ofNullable(amounts.get(id)))
                    : merchant.verifyCallback(fields, id -> Optional.ofNullable(amounts.get(id)));
            @Nullable CallbackReply answer = reply ? merchant.reply(v, fields) : null;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonObjectBuilder o = Json.createObjectBuilder()
                        .add("verified", v.isVerified())
                        .add("gateway", v.gatewayId());
                EgovReportCommand.add(o, "orderId", v.orderId());
                if (v instanceof PaymentVerification.Verified) {
                    PaymentVerification.Verified ok = (PaymentVerification.Verified) v;
                    o.add("amount", ok.amount().dong()).add("transactionRef", ok.transactionRef());
                    EgovReportCommand.add(
                            o,
                            "paidAt",
                            ok.paidAt() == null ? null : ok.paidAt().toString());
                    o.add("code", code(ok.code()));
                } else {
                    PaymentVerification.Rejected no = (PaymentVerification.Rejected) v;
                    o.add("reason", no.reason().name()).add("detail", no.detail());
                    EgovReportCommand.add(o, "transactionRef", no.transactionRef());
                    if (no.code() == null) {
                        o.addNull("code");
                    } else {
                        o.add("code", code(no.code()));
                    }
                }
                if (answer != null) {
                    o.add(
                            "reply",
                            Json.createObjectBuilder()
                                    .add("code", answer.code())
                                    .add("contentType", answer.contentType())
                                    .add("body", answer.body()));
                }
                out.println(o.build());
            } else {
                out.println(text(v));
                if (answer != null) {
                    out.println("reply " + answer.body());
                }
            }
            if (v instanceof PaymentVerification.Rejected) {
                spec.commandLine()
                        .getErr()
                        .println("smartcity: callback rejected: " + ((PaymentVerification.Rejected) v).reason());
                return SmartCity.INVALID_INPUT;
            }
            return SmartCity.OK;
        }

        /** The query of a whole URL, or the text itself without a leading {@code ?}. */
        private static String query(String text) {
            String t = text.strip();
            if (t.regionMatches(true, 0, "http://", 0, 7) || t.regionMatches(true, 0, "https://", 0, 8)) {
                URI uri = uri(t, "--query");
                return uri.getRawQuery() == null ? "" : uri.getRawQuery();
            }
            return t.startsWith("?") ? t.substring(1) : t;
        }

        private static JsonObject code(GatewayCode c) {
            return Json.createObjectBuilder()
                    .add("field", c.field())
                    .add("code", c.code())
                    .add("meaning", c.meaning())
                    .add("success", c.success())
                    .build();
        }

        static String text(PaymentVerification v) {
            if (v instanceof PaymentVerification.Verified) {
                PaymentVerification.Verified ok = (PaymentVerification.Verified) v;
                return "VERIFIED " + ok.gatewayId() + " order " + ok.orderId() + " "
                        + ok.amount().format()
                        + " transaction " + ok.transactionRef()
                        + (ok.paidAt() == null ? "" : " paid " + ok.paidAt())
                        + " (" + ok.code().field() + " " + ok.code().code() + ": "
                        + ok.code().meaning() + ")";
            }
            PaymentVerification.Rejected no = (PaymentVerification.Rejected) v;
            List<String> parts = new java.util.ArrayList<>();
            parts.add("REJECTED " + no.reason() + " " + no.gatewayId() + ": " + no.detail());
            if (no.code() != null && !no.code().success()) {
                parts.add("code " + no.code().code() + ": " + no.code().meaning());
            }
            return String.join("; ", parts);
        }
    }

    static URI uri(String text, String option) {
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute()) {
                throw new SmartCity.InputError(option + ": not an absolute URL: " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SmartCity.InputError(
                    option + ": not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }
}
