package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationJsonTest {

    @Test
    void roundTripsEveryKindOfValue() {
        Instant t = Instant.parse("2025-11-01T02:00:00.250Z");
        List<Observation> records = List.of(
                new Observation(
                        "S1",
                        "x",
                        "a34004",
                        "ug/m3",
                        Value.of(35.5),
                        null,
                        t,
                        Statistic.AVERAGE,
                        Status.CALIBRATING,
                        "C"),
                new Observation(
                        "S1", "x", "door", null, Value.of(true), null, t, Statistic.SAMPLE, Status.NORMAL, null),
                new Observation(
                        "S1",
                        "x",
                        "label",
                        null,
                        Value.of("Cầu Tràng Tiền"),
                        null,
                        t,
                        Statistic.SAMPLE,
                        Status.NORMAL,
                        null),
                new Observation(
                        "S1",
                        "x",
                        "blob",
                        null,
                        Value.of(new byte[] {1, 2, (byte) 0xFF}),
                        null,
                        t,
                        Statistic.SAMPLE,
                        Status.NORMAL,
                        null),
                new Observation("S1", "x", "energy", "kW.h", null, 12.5, t, Statistic.TOTAL, Status.NORMAL, null));
        JsonObject json = ObservationJson.toJson("x", records);
        JsonObject reread = Json.createReader(new StringReader(json.toString())).readObject();
        assertEquals(records, ObservationJson.fromJson(reread));
        assertEquals("AQL_", reread.getJsonArray("records").getJsonObject(3).getString("data"));
        assertEquals(
                "2025-11-01T02:00:00.250Z",
                reread.getJsonArray("records").getJsonObject(0).getString("time"));
    }

    @Test
    void errorsNameTheRecordAndField() {
        JsonObject noTime = Json.createObjectBuilder()
                .add("codec", "x")
                .add(
                        "records",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "a").add("value", 1)))
                .build();
        assertEquals(
                "records[0]: \"time\" is required (ISO-8601)",
                assertThrows(IllegalArgumentException.class, () -> ObservationJson.fromJson(noTime))
                        .getMessage());
        JsonObject badStatus = Json.createObjectBuilder()
                .add(
                        "records",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "a")
                                        .add("value", 1)
                                        .add("time", "2025-01-01T00:00:00Z")
                                        .add("status", "GREAT")))
                .build();
        assertEquals(
                "records[0].status: unknown value 'GREAT'",
                assertThrows(IllegalArgumentException.class, () -> ObservationJson.fromJson(badStatus))
                        .getMessage());
    }
}
