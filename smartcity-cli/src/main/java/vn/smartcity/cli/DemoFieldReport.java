package vn.smartcity.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.TransportException;
import vn.smartcity.egov.open311.NewServiceRequest;
import vn.smartcity.egov.open311.Open311Client;
import vn.smartcity.egov.open311.Rating;
import vn.smartcity.egov.open311.RatingResult;
import vn.smartcity.egov.open311.Service;
import vn.smartcity.egov.open311.ServiceRequest;
import vn.smartcity.egov.open311.SubmitResult;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * Step 5 of the demo: the air alert sends a field inspector to the station. She files an Open311
 * GeoReport v2 report at the station's location under the air-pollution service; the city's
 * back office (the sandbox's admin resource stands in for it) forwards it to the agency
 * responsible and closes it; the inspector follows it by id to closed and rates the answer (the
 * SDK's rating extension). Then the operations centre counts the jurisdiction's reports.
 */
final class DemoFieldReport {

    private DemoFieldReport() {}

    /**
     * One status the report was seen in.
     *
     * @param status its status
     * @param agency the agency responsible then, or {@code null}
     * @param notes the status notes then, or {@code null}
     */
    record Seen(
            String status,
            @Nullable String agency,
            @Nullable String notes) {}

    /**
     * What became of the report.
     *
     * @param id the service request id
     * @param serviceCode its service
     * @param serviceName the service's name
     * @param location where it was filed
     * @param description what it said
     * @param seen each status it was seen in, in order
     * @param closed whether it ended closed
     * @param rating the score the server recorded, 0 if none
     * @param ratingRecorded whether the server recorded the rating
     * @param total the jurisdiction's reports
     * @param open those open
     * @param closedCount those closed
     */
    record Result(
            String id,
            String serviceCode,
            String serviceName,
            GeoPoint location,
            String description,
            List<Seen> seen,
            boolean closed,
            int rating,
            boolean ratingRecorded,
            int total,
            int open,
            int closedCount) {}

    /**
     * Files, follows and rates the report, then counts.
     *
     * @param sandbox the running sandbox
     * @param http the shared HTTP client
     * @param air the day's air data with its alert
     */
    static Result run(EgovSandbox sandbox, OkHttpClient http, DemoAir.Result air) {
        DemoAir.Alert alert = Objects.requireNonNull(air.alert(), "no air alert to report");
        String apiKey = sandbox.credentials().open311ApiKey();
        Open311Client open311 = Open311Client.builder()
                .baseUrl(sandbox.endpoint("/open311/v2"))
                .allowHttp(true)
                .httpClient(http)
                .apiKey(apiKey)
                .build();
        Service service = open311.services().stream()
                .filter(s -> s.code().equals(DemoDay.AIR_POLLUTION_SERVICE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "the Open311 server has no service " + DemoDay.AIR_POLLUTION_SERVICE));
        String description = "Trạm " + air.station() + ": VN_AQI " + alert.raisedAqi() + " (" + alert.category()
                + ") lúc " + alert.raisedAt() + ", cao nhất " + alert.peakAqi() + " lúc " + alert.peakAt()
                + "; chất ô nhiễm chính " + alert.dominant() + ". Đề nghị kiểm tra nguồn khói bụi quanh trạm.";
        SubmitResult submitted = open311.submit(NewServiceRequest.builder(service.code())
                .location(DemoDay.AIR_STATION_AT)
                .description(description)
                .build());
        if (!(submitted instanceof SubmitResult.Created)) {
            throw new IllegalStateException("the Open311 server did not give the report an id: " + submitted);
        }
        String id = ((SubmitResult.Created) submitted).serviceRequestId();

        List<Seen> seen = new ArrayList<>();
        ServiceRequest report = open311.request(id);
        seen.add(seen(report));
        // The back office moves it on: forwarded to the agency, then closed with what was done.
        for (int step = 0; step < 2 && !report.isClosed(); step++) {
            advance(sandbox, http, id, apiKey);
            report = open311.request(id);
            seen.add(seen(report));
        }
        // The inspector rates the answer once the report is closed.
        RatingResult rated = report.isClosed()
                ? open311.rate(id, new Rating(5, "Xử lý nhanh, cảm ơn!"))
                : new RatingResult.NotSupported(0, "the report was not closed");
        int score = rated instanceof RatingResult.Recorded ? ((RatingResult.Recorded) rated).score() : 0;

        List<ServiceRequest> all = open311.requests();
        int closed = (int) all.stream().filter(ServiceRequest::isClosed).count();
        return new Result(
                id,
                service.code(),
                service.name(),
                report.location() != null ? report.location() : DemoDay.AIR_STATION_AT,
                description,
                List.copyOf(seen),
                report.isClosed(),
                score,
                rated.isRecorded(),
                all.size(),
                all.size() - closed,
                closed);
    }

    private static Seen seen(ServiceRequest r) {
        return new Seen(r.status() == null ? "" : r.status().value(), r.agencyResponsible(), r.statusNotes());
    }

    /** The sandbox's back-office resource: {@code POST admin/requests/{id}/advance.xml}. */
    private static void advance(EgovSandbox sandbox, OkHttpClient http, String id, String apiKey) {
        Request request = new Request.Builder()
                .url(sandbox.endpoint("/open311/v2/admin/requests/" + id + "/advance.xml")
                        .toString())
                .post(new FormBody.Builder().add("api_key", apiKey).build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException(
                        "the sandbox's back office refused to move " + id + " on: HTTP " + response.code());
            }
        } catch (IOException e) {
            throw new TransportException(
                    Open311Client.SERVICE, TransportException.Kind.IO, "cannot move the report on", null, e);
        }
    }
}
