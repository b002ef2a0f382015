package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.egov.EgovException;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * {@code smartcity egov ...}: the e-government services from the command line, against the test
 * kit's sandbox ({@code egov sandbox}) or a real endpoint.
 *
 * <p>Every command that talks to a service takes {@code --endpoint URL} (the service's base URL;
 * the sandbox on its default port when absent) and refuses plain {@code http://} unless {@code
 * --allow-http} is given. A failed call exits 1 with the client's one-line message, which never
 * holds a secret or an unmasked ID number.
 */
@Command(
        name = "egov",
        description = "E-government services: the DVCQG portal (procedures, dossiers), Open311 field reports,"
                + " payment gateways, and a local sandbox that speaks them all.",
        subcommands = {
            EgovSandboxCommand.class,
            EgovDvcqgCommands.ProceduresCommand.class,
            EgovDvcqgCommands.DossierCommand.class,
            EgovReportCommand.class,
            EgovPayCommand.class
        })
final class EgovCommand implements Runnable {

    /** The sandbox on its default port, the default of every {@code --endpoint}. */
    static final String SANDBOX_BASE = "http://127.0.0.1:" + EgovSandbox.DEFAULT_PORT;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --endpoint} and {@code --allow-http}, shared by every command that makes calls. */
    static final class Connection {
        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "the service's base URL (default: the sandbox on port " + EgovSandbox.DEFAULT_PORT
                        + ", " + SANDBOX_BASE + "/dvcqg for procedures and dossiers, " + SANDBOX_BASE
                        + "/open311/v2 for reports)")
        @Nullable
        String endpoint;

        @Option(
                names = "--allow-http",
                description = "allow a plain http:// endpoint (the sandbox, a test server); refused otherwise")
        boolean allowHttp;

        /**
         * The endpoint given, or the sandbox's, checked: an http or https URL, plain HTTP only when
         * allowed.
         */
        String endpoint(String sandboxPath) {
            String url = endpoint != null ? endpoint.strip() : SANDBOX_BASE + sandboxPath;
            checkUrl(url, allowHttp, "--endpoint");
            return url;
        }
    }

    /**
     * What every command that calls a service at {@code --endpoint} holds: its spec and the {@link
     * Connection}. Picocli reads the annotated fields of this class for each subclass.
     */
    abstract static class ServiceCall implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        /** Where the command prints its result. */
        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /**
     * Builds a client from the options; a value its builder refuses becomes the command's one-line
     * error (exit 1).
     */
    static <T> T configured(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SmartCity.InputError(e.getMessage());
        }
    }

    /**
     * A secret that an option or else an environment variable names: the option's {@code env:NAME}
     * or {@code @FILE} (as typed, see {@link #asTyped}), else the variable's value when it is set.
     *
     * @param spec the running command
     * @param secrets where secrets are read from
     * @param option the option's name, such as {@code --password}
     * @param given the option's value, or {@code null} when it was not given
     * @param variable the environment variable read when the option was not given
     * @return the secret, or {@code null} when neither gives one
     */
    static @Nullable String secret(
            CommandSpec spec, EgovSecrets secrets, String option, @Nullable String given, String variable) {
        if (given != null) {
            return secrets.resolve(asTyped(spec, option, given), option, true);
        }
        if (secrets.variable(variable) != null) {
            return secrets.resolve("env:" + variable, variable, true);
        }
        return null;
    }

    /**
     * Checks a URL the command would send something to.
     *
     * @throws SmartCity.InputError if it is not http(s), or plain HTTP without {@code --allow-http}
     */
    static void checkUrl(String url, boolean allowHttp, String what) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new SmartCity.InputError(what + ": not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new SmartCity.InputError(what + ": not an http:// or https:// URL: " + url);
        }
        if (scheme.equals("http") && !allowHttp) {
            throw new SmartCity.InputError("refusing plain HTTP endpoint " + scheme + "://" + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + ": use https://, or --allow-http for the sandbox or a test server");
        }
    }

    /**
     * Runs a call to a service; its failure becomes the command's one-line error (exit 1). The
     * clients' messages name the service and the request id and never hold secrets or unmasked ID
     * numbers.
     */
    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (EgovException e) {
            throw new SmartCity.InputError(e.getMessage());
        }
    }

    /**
     * The value an option was given as typed. Picocli expands an argument {@code @FILE} into the
     * file's words before parsing, so {@code --password @pw.txt} would reach the command as the
     * password itself; this finds the {@code @FILE} in the arguments as typed, for {@link
     * EgovSecrets} to read the file whole. ({@code --password=@pw.txt} is never expanded.)
     *
     * @param spec the running command
     * @param option the option's name, such as {@code --password}
     * @param parsed the value picocli parsed
     * @return {@code @FILE} when the option was followed by one, else the parsed value
     */
    static String asTyped(CommandSpec spec, String option, String parsed) {
        List<String> typed = spec.root().commandLine().getParseResult().originalArgs();
        @Nullable String found = null;
        for (int i = 0; i + 1 < typed.size(); i++) {
            String next = typed.get(i + 1);
            if (typed.get(i).equals(option) && next.startsWith("@") && !next.startsWith("@@")) {
                found = next;
            }
        }
        return found != null ? found : parsed;
    }

    /** Runs a call that returns nothing. */
    static void run(Runnable action) {
        call(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /** A value as the SDK's JSON-B writes it (DVCQG records keep the portal's wire names). */
    static JsonValue jsonb(Object value) {
        String text = EgovHttp.jsonb().toJson(value);
        try (jakarta.json.JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * Masks what an ID number or phone number looks like: the first three and last two characters
     * of a value of nine or more, else stars only.
     */
    static String maskId(String value) {
        String v = value.strip();
        if (v.length() < 9) {
            return "*".repeat(Math.max(3, v.length()));
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 5) + v.substring(v.length() - 2);
    }
}
