package vn.smartcity.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.open311.NewServiceRequest;
import vn.smartcity.egov.open311.Open311Client;
import vn.smartcity.egov.open311.Rating;
import vn.smartcity.egov.open311.RatingResult;
import vn.smartcity.egov.open311.Service;
import vn.smartcity.egov.open311.ServiceRequest;
import vn.smartcity.egov.open311.SubmitResult;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * For a citizen or field-inspector app: file a field report (phản ánh hiện trường) on an Open311
 * GeoReport v2 server at a place on the map, follow it by its id until it is closed, and rate the
 * answer.
 *
 * <p>The test kit's sandbox plays the city's server here, and its back-office resource stands in
 * for the staff who forward and close reports. Against a real server, drop the sandbox and use
 * its {@code https://} URL and your API key.
 */
public final class TakeFieldReport {

    /** Rác thải, vệ sinh môi trường (garbage) in the sandbox's catalogue. */
    static final String GARBAGE = "002";

    private TakeFieldReport() {}

    /**
     * Runs the example against a fresh sandbox.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            Open311Client open311 = Open311Client.builder()
                    .baseUrl(sandbox.endpoint("/open311/v2"))
                    .allowHttp(true) // the sandbox only
                    .apiKey(sandbox.credentials().open311ApiKey())
                    .build();
            String apiKey = sandbox.credentials().open311ApiKey();
            take(open311, id -> sandboxBackOffice(sandbox.endpoint("/open311/v2"), apiKey, id))
                    .forEach(System.out::println);
        }
    }

    /**
     * Files a report, follows it to closed and rates it.
     *
     * @param open311 the client
     * @param backOffice moves a report on one step (the city's staff; the sandbox's admin resource here)
     * @return what the app shows
     */
    static List<String> take(Open311Client open311, Consumer<String> backOffice) {
        List<String> lines = new ArrayList<>();
        Service garbage = open311.services().stream()
                .filter(s -> s.code().equals(GARBAGE))
                .findFirst()
                .orElseThrow();
        // A report needs a location: a point (from the phone's GPS), an address or an address id.
        SubmitResult result = open311.submit(NewServiceRequest.builder(garbage.code())
                .location(GeoPoint.of(16.4671, 107.5904))
                .description("Rác tồn đọng hai ngày trước cổng chợ, bốc mùi.")
                .mediaUrl("https://cdn.example.vn/phan-anh/rac-cho.jpg")
                .build());
        if (!(result instanceof SubmitResult.Created)) {
            // A batch service answers with a token: awaitServiceRequestId(token, ...) gives the id later.
            lines.add("no id yet: " + result);
            return lines;
        }
        String id = ((SubmitResult.Created) result).serviceRequestId();
        lines.add("filed " + id + " (" + garbage.code() + " " + garbage.name() + ")");

        ServiceRequest report = open311.request(id);
        lines.add(id + " " + report.status());
        while (!report.isClosed()) {
            backOffice.accept(id);
            report = open311.request(id);
            lines.add(id + " " + report.status() + ": " + report.statusNotes());
        }
        // Rating is an SDK extension; a server without it answers NotSupported, not an error.
        RatingResult rating = open311.rate(id, new Rating(5, "Thu gom nhanh, cảm ơn!"));
        lines.add("rating " + (rating.isRecorded() ? "recorded" : "not supported: " + rating));
        return lines;
    }

    /** The sandbox's back office: {@code POST admin/requests/{id}/advance.xml}. Sandbox only. */
    private static void sandboxBackOffice(URI open311, String apiKey, String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(open311 + "/admin/requests/" + id + "/advance.xml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the sandbox did not move " + id + " on: " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
