package vn.smartcity.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.egov.EgovException;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * {@code smartcity demo}: a smart-city service day, offline, in seconds. It starts the test kit's
 * e-government sandbox on a free loopback port; reads the simulated CCCD over PACE and verifies it
 * by passive authentication; submits the citizen's dossier for a real national procedure, pays its
 * fee through the PayGov sandbox, follows it to "result returned" and syncs every step to the DVCQG
 * sandbox; decodes an air station's day of HJ 212 frames and a wastewater station's TT 10/2021
 * file, computes hourly and daily VN_AQI and raises an alert when the index crosses 150; files an
 * Open311 field report at the station and follows it to closed with a rating; and prints the
 * operations centre's summary. Every number it prints is computed while it runs; the day's
 * timeline moves an injected clock, nothing sleeps. It stops the sandbox and every thread it
 * started before it returns.
 */
@Command(
        name = "demo",
        description = "Run a smart-city service day end to end on the embedded sandbox and synthetic data,"
                + " offline, and print what happened.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object with every step's computed facts")
    boolean json;

    @Option(
            names = "--photo",
            paramLabel = "FILE",
            description = "save the citizen's photo (DG2) here (default: a new temporary directory, printed)")
    @Nullable
    Path photo;

    @Override
    public Integer call() {
        DemoPrinter.Story story;
        try {
            story = run(photo);
        } catch (EgovException | IllegalStateException | UncheckedIOException e) {
            spec.commandLine().getErr().println("smartcity demo: " + e.getMessage());
            return SmartCity.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DemoPrinter.json(story));
        } else {
            DemoPrinter.text(out, story);
        }
        return SmartCity.OK;
    }

    /**
     * Runs the day.
     *
     * @param photo where to save the photo, or {@code null} for a temporary directory
     * @return what every step found
     */
    static DemoPrinter.Story run(@Nullable Path photo) {
        DemoClock clock = DemoDay.clock();
        // One HTTP client for every call of the day; its threads are released at the end.
        OkHttpClient http = new OkHttpClient.Builder().build();
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            clock.moveTo(DemoDay.at(DemoDay.CARD_READ));
            DemoCard.Result card = DemoCard.read(clock, photo);
            DemoDossiers.Result dossier = DemoDossiers.run(sandbox, http, clock, card);
            DemoAir.Result air = DemoAir.run();
            DemoFieldReport.Result report = DemoFieldReport.run(sandbox, http, air);
            return new DemoPrinter.Story(SmartCity.version(), sandbox.baseUri().toString(), card, dossier, air, report);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
