package vn.smartcity.examples;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.aqi.Pollutant;
import vn.smartcity.iot.hj212.Hj212FrameSplitter;
import vn.smartcity.iot.ngsild.NgsiLd;
import vn.smartcity.testkit.SampleFeeds;

/**
 * For a city data platform: turn an air station's decoded feed into a FIWARE {@code
 * AirQualityObserved} entity (NGSI-LD, normalized) for its worst hour, with the hourly means and
 * the hour's VN_AQI, and create it on a context broker ({@code POST /ngsi-ld/v1/entities}).
 *
 * <pre>
 * java -cp ... vn.smartcity.examples.PublishNgsiLd http://localhost:1026   # Orion-LD, Scorpio, Stellio
 * java -cp ... vn.smartcity.examples.PublishNgsiLd                         # print the entity only
 * </pre>
 */
public final class PublishNgsiLd {

    /** The station, synthetic: its data logger's MN and where it stands. */
    static final NgsiLd.Station STATION =
            new NgsiLd.Station("HUE-AQ-01", GeoPoint.of(16.4637, 107.5909), "HUE-AQ-01-LOGGER", null);

    private PublishNgsiLd() {}

    /**
     * Builds the entity from the test kit's sample day and publishes or prints it.
     *
     * @param args the broker's base URL, or none to print the entity
     * @throws IOException if the broker cannot be reached
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        LocalDate day = LocalDate.of(2025, 11, 3);
        JsonObject entity = worstHour(SampleFeeds.hj212Day(day, STATION.id()), day);
        if (args.length == 0) {
            System.out.println(entity);
            return;
        }
        HttpResponse<String> created = publish(URI.create(args[0]), entity);
        System.out.println(created.statusCode() + " " + entity.getString("id")
                + created.headers().firstValue("Location").map(l -> " at " + l).orElse(""));
    }

    /**
     * The entity of the day's hour with the highest VN_AQI.
     *
     * @param stream the data logger's HJ 212 byte stream
     * @param day the local day
     * @return the entity, or one for the day when no hour has an index
     */
    static JsonObject worstHour(byte[] stream, LocalDate day) {
        // Decode: cut the TCP stream into frames, decode each into the common observation model.
        SensorCodec hj212 = PluginRegistry.load(SensorCodec.class).get("hj212");
        List<Observation> records = new ArrayList<>();
        new Hj212FrameSplitter()
                .feed(
                        stream,
                        0,
                        stream.length,
                        (buf, off, len) -> records.addAll(hj212.decode(Arrays.copyOfRange(buf, off, off + len))));
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(records);

        // The hour with the highest index.
        Instant worst = null;
        AqiResult.Index index = null;
        for (Map.Entry<Instant, AqiResult> e : station.vnHourlySeries(day).entrySet()) {
            if (e.getValue() instanceof AqiResult.Index i && (index == null || i.aqi() > index.aqi())) {
                worst = e.getKey();
                index = i;
            }
        }
        if (worst == null) {
            return NgsiLd.airQualityObserved(STATION, records.get(0).time(), records, station.vnDaily(day));
        }
        // The hour's means, one record per pollutant, in µg/m³ (NgsiLd converts CO to mg/m³).
        List<Observation> means = new ArrayList<>();
        for (Pollutant p : Pollutant.values()) {
            double mean = station.hourlyMean(p, worst).orElse(Double.NaN);
            if (!Double.isNaN(mean)) {
                means.add(new Observation(
                        STATION.id(),
                        "",
                        p.parameterId(),
                        "ug/m3",
                        Value.of(mean),
                        null,
                        worst,
                        Statistic.AVERAGE,
                        Status.NORMAL,
                        null));
            }
        }
        return NgsiLd.airQualityObserved(STATION, worst, means, index);
    }

    /**
     * Creates the entity on an NGSI-LD broker.
     *
     * @param broker the broker's base URL, such as {@code http://localhost:1026}
     * @param entity the entity, with its {@code @context}
     * @return the broker's answer: 201 with the entity's {@code Location}, or 409 if it exists
     * @throws IOException if the broker cannot be reached
     * @throws InterruptedException if interrupted while waiting
     */
    static HttpResponse<String> publish(URI broker, JsonObject entity) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(broker + "/ngsi-ld/v1/entities"))
                // The @context travels in the body, so the content type is application/ld+json.
                .header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(entity.toString()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
