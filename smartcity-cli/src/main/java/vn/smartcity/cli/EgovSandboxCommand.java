package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.testkit.sandbox.EgovSandbox;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * {@code smartcity egov sandbox [--port N]}: runs the test kit's e-government sandbox on the
 * loopback address until interrupted, after printing its endpoints and test credentials.
 */
@Command(
        name = "sandbox",
        description = "Start the e-government sandbox on 127.0.0.1 (bus token endpoint, DVCQG adapter, Open311,"
                + " PayGov, DVCQG payment platform, VNPay), print its endpoints and test credentials, and run"
                + " until interrupted (Ctrl-C).")
final class EgovSandboxCommand implements Callable<Integer> {

    /** The Open311 jurisdiction the sandbox serves. */
    static final String JURISDICTION = "hue.gov.vn";

    /** Each service's path below the sandbox's base URL, as the egov commands take it in --endpoint. */
    static final Map<String, String> PATHS = paths();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "the loopback port, 0 for a free one (default: ${DEFAULT-VALUE})")
    int port = EgovSandbox.DEFAULT_PORT;

    /** For tests and scripts: stop after this many seconds instead of waiting for Ctrl-C. */
    @Option(names = "--stop-after", paramLabel = "SECONDS", hidden = true)
    @Nullable
    Integer stopAfter;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    private static Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("dvcqg", "/dvcqg");
        paths.put("open311", "/open311/v2");
        paths.put("busToken", "/oauth2/token");
        paths.put("paygov", "/paygov/api/payment");
        paths.put("dvcqgPay", "/dvcqg-pay/khoitaogiaodich");
        paths.put("vnpay", "/vnpay/paymentv2/vpcpay.html");
        return java.util.Collections.unmodifiableMap(paths);
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new SmartCity.InputError("--port: expected 0 to 65535, got " + port);
        }
        if (stopAfter != null && stopAfter < 0) {
            throw new SmartCity.InputError("--stop-after: expected 0 or more seconds, got " + stopAfter);
        }
        EgovSandbox sandbox = start();
        Thread hook = new Thread(sandbox::close, "smartcity-sandbox-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            print(sandbox);
            if (stopAfter == null) {
                new CountDownLatch(1).await();
            } else {
                TimeUnit.SECONDS.sleep(stopAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            boolean removed;
            try {
                removed = Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                removed = false; // the hook is running and closes the sandbox
            }
            if (removed) {
                sandbox.close();
            }
        }
        return SmartCity.OK;
    }

    private EgovSandbox start() {
        try {
            return EgovSandbox.start(port);
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof BindException
                    ? "port " + port + " is in use (another sandbox?) or not allowed; choose another with --port"
                    : e.getCause().getClass().getSimpleName();
            throw new SmartCity.InputError("cannot start the sandbox on 127.0.0.1:" + port + ": " + reason);
        }
    }

    private static void endpoint(PrintWriter out, String name, String url, int width, String commands) {
        String line = String.format("  %-10s  %-" + width + "s  %s", name, url, commands);
        out.println(line.stripTrailing());
    }

    private void print(EgovSandbox sandbox) {
        PrintWriter out = spec.commandLine().getOut();
        String base = sandbox.baseUri().toString();
        SandboxCredentials c = sandbox.credentials();
        if (json) {
            JsonObjectBuilder endpoints = Json.createObjectBuilder();
            PATHS.forEach((name, path) -> endpoints.add(name, base + path));
            out.println(Json.createObjectBuilder()
                    .add("baseUrl", base)
                    .add("port", sandbox.port())
                    .add("endpoints", endpoints)
                    .add("jurisdiction", JURISDICTION)
                    .add(
                            "credentials",
                            Json.createObjectBuilder()
                                    .add("clientId", c.clientId())
                                    .add("clientSecret", c.clientSecret())
                                    .add("dvcqgUsername", c.dvcqgUsername())
                                    .add("dvcqgPassword", c.dvcqgPassword())
                                    .add("dvcqgDstCode", c.dvcqgDstCode())
                                    .add("agencyCode", c.agencyCode())
                                    .add("open311ApiKey", c.open311ApiKey())
                                    .add("payGovPartnerCode", c.payGovPartnerCode())
                                    .add("payGovAccessKey", c.payGovAccessKey())
                                    .add("payGovSecretKey", c.payGovSecretKey())
                                    .add("dvcqgPaymentHashKey", c.dvcqgPaymentHashKey())
                                    .add("vnpayTmnCode", c.vnpayTmnCode())
                                    .add("vnpayHashSecret", c.vnpayHashSecret()))
                    .build());
        } else {
            out.println("E-government sandbox on " + base + " (loopback only; Ctrl-C stops it)");
            out.println();
            out.println("Endpoints (plain HTTP: give the egov commands --allow-http):");
            int width = PATHS.values().stream().mapToInt(String::length).max().orElse(0) + base.length();
            endpoint(out, "dvcqg", base + PATHS.get("dvcqg"), width, "egov procedures, egov dossier");
            endpoint(out, "open311", base + PATHS.get("open311"), width, "egov report");
            endpoint(out, "bus token", base + PATHS.get("busToken"), width, "");
            endpoint(out, "paygov", base + PATHS.get("paygov"), width, "egov pay --gateway paygov");
            endpoint(out, "dvcqg-pay", base + PATHS.get("dvcqgPay"), width, "egov pay --gateway dvcqg-pay");
            endpoint(out, "vnpay", base + PATHS.get("vnpay"), width, "egov pay --gateway vnpay");
            out.println();
            out.println("Test credentials (public, accepted by this sandbox only; the egov commands use them by"
                    + " default):");
            out.println("  bus client  " + c.clientId() + " / " + c.clientSecret());
            out.println("  dvcqg       user " + c.dvcqgUsername() + ", password " + c.dvcqgPassword() + ", dstcode "
                    + c.dvcqgDstCode() + ", agency " + c.agencyCode());
            out.println("  open311     api key " + c.open311ApiKey() + ", jurisdiction " + JURISDICTION);
            out.println("  paygov      partner " + c.payGovPartnerCode() + ", access key " + c.payGovAccessKey()
                    + ", secret key " + c.payGovSecretKey());
            out.println("  dvcqg-pay   partner " + c.agencyCode() + ", hash key " + c.dvcqgPaymentHashKey());
            out.println("  vnpay       tmnCode " + c.vnpayTmnCode() + ", hash secret " + c.vnpayHashSecret());
            out.println();
            out.println("Try: smartcity egov procedures --endpoint " + base + PATHS.get("dvcqg") + " --allow-http");
        }
        out.flush();
    }
}
