package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import vn.smartcity.egov.dossier.DossierEvent;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dvcqg.DossierSync;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.aqi.AqiResult;

/**
 * Prints the demo's story: a short account in text, or one JSON object with every step's computed
 * facts. Nothing here computes a fact; it only lays out what the steps found.
 */
final class DemoPrinter {

    /** The chart's row height in index points. */
    static final int CHART_STEP = 25;

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DemoPrinter() {}

    /**
     * Everything the day produced.
     *
     * @param version the SDK's version
     * @param sandbox the sandbox's base URI
     * @param card step 2
     * @param dossier step 3
     * @param air step 4
     * @param report step 5
     */
    record Story(
            String version,
            String sandbox,
            DemoCard.Result card,
            DemoDossiers.Result dossier,
            DemoAir.Result air,
            DemoFieldReport.Result report) {}

    // ------------------------------------------------------------------ text

    static void text(PrintWriter out, Story s) {
        out.println("smartcity demo: a service day in Huế, "
                + DemoDay.DAY.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                + DemoDay.DAY + " (SDK " + s.version() + "; offline, synthetic data)");
        out.println();
        out.println("1. The sandbox");
        out.println("   e-government sandbox on " + s.sandbox()
                + " (a free loopback port): DVCQG, PayGov and Open311, in memory");
        out.println();

        DemoCard.Result c = s.card();
        out.println("2. " + DemoDay.CARD_READ + " A citizen puts her CCCD on the counter's reader");
        out.println("   " + c.access() + "; " + c.filesRead() + " files read under secure messaging");
        out.println("   passive authentication " + c.paResult() + ": " + c.checksPassed() + " of " + c.checks()
                + " checks passed" + (c.notPassed().isEmpty() ? "" : " (" + String.join(", ", c.notPassed()) + ")")
                + ", trusting the test kit's CSCA");
        out.println("   " + c.id().masked() + "  " + c.maskedName() + "  " + c.gender() + ", born " + c.birthYear()
                + "; photo " + c.photoFormat() + " " + c.photoWidth() + "x" + c.photoHeight() + " saved to "
                + c.photo());
        out.println();

        DemoDossiers.Result d = s.dossier();
        DossierSync portal = d.portal().dossier();
        out.println("3. Her dossier: " + d.procedureName() + " (" + d.procedure() + "), " + d.agencyName());
        out.println("   " + d.code() + ", owner " + c.id().masked() + ", due " + DAY_TIME.format(d.dueAt()) + " ("
                + d.workingDays() + " working days)");
        out.println("   " + timeline(d.timeline()));
        DemoDossiers.Payment p = d.payment();
        out.println("   " + p.at().toLocalTime() + " fee " + p.expected().format() + " paid through PayGov: callback "
                + (p.callbackVerified() ? "verified" : "REJECTED") + " (transaction " + p.transaction() + ", "
                + p.paid().format() + "), return " + (p.returnVerified() ? "verified" : "REJECTED"));
        out.println("   DVCQG TraCuuHoSo: " + portal.status().code() + " "
                + portal.status().vietnameseLabel() + ", "
                + d.portal().steps().size() + " of " + d.stepsSent() + " steps synced; result handed over "
                + duration(d.minutesToResult()) + " after receipt, "
                + d.workingDaysEarly() + " working days early");
        out.println();

        DemoAir.Result a = s.air();
        out.println("4. The stations' day");
        out.println("   " + a.station() + ": " + a.frames() + " HJ 212 frames (" + a.bytes() + " bytes in "
                + a.segments() + " TCP segments), " + a.readings() + " readings; daily VN_AQI " + index(a.daily()));
        DemoAir.Alert alert = a.alert();
        if (alert == null) {
            out.println("   no hour above " + DemoDay.ALERT_ABOVE + ": no alert");
        } else {
            out.println("   ALERT " + alert.raisedAt() + ": VN_AQI " + alert.raisedAqi() + " " + alert.category()
                    + " crossed " + DemoDay.ALERT_ABOVE + " (" + alert.dominant() + "); peak " + alert.peakAqi()
                    + " at " + alert.peakAt() + ", " + alert.hoursAbove() + " hours above"
                    + (alert.clearedAt() == null ? "" : ", cleared " + alert.clearedAt()));
        }
        List<String> notUsed = new ArrayList<>();
        for (Observation o : a.water()) {
            if (!o.status().isValid()) {
                notUsed.add(o.name() + " " + o.status());
            }
        }
        out.println("   " + a.waterFile() + " (TT 10/2021): " + a.water().size() + " readings, " + a.waterValid()
                + " valid" + (notUsed.isEmpty() ? "" : "; not used: " + String.join(", ", notUsed)));
        out.println();

        DemoFieldReport.Result r = s.report();
        out.println("5. A field report at the station (Open311 " + r.serviceCode() + " " + r.serviceName() + ")");
        out.println("   " + r.id() + " filed at " + r.location().latitude() + ","
                + r.location().longitude() + ", " + r.seen().get(0).status() + "; followed by id:");
        for (DemoFieldReport.Seen x : r.seen().subList(1, r.seen().size())) {
            out.println("   > " + x.status() + (x.notes() == null ? "" : ": " + x.notes()));
        }
        out.println("   rated " + r.rating() + "/5 by the inspector: "
                + (r.ratingRecorded() ? "recorded" : "NOT recorded"));
        out.println();

        DemoDossiers.Counts n = d.counts();
        out.println("6. Operations centre, " + DAY_TIME.format(n.at()));
        out.println("   dossiers: " + n.total() + " received today; " + n.resolved() + " finished: " + n.onTime()
                + " on time, " + n.late() + " late"
                + (n.onTimePercent() < 0 ? "" : " (" + n.onTimePercent() + "% on time)")
                + "; " + n.inProgress() + " in progress, " + n.overdue() + " overdue");
        out.println("   field reports on the city's Open311 server: " + r.total() + " (" + r.closedCount() + " closed, "
                + r.open() + " open)");
        List<String> missing = new ArrayList<>();
        for (DemoAir.Hour h : a.hourly()) {
            if (h.aqi().isEmpty()) {
                missing.add(h.hour().toString());
            }
        }
        out.println("   hourly VN_AQI, alert line at " + DemoDay.ALERT_ABOVE
                + (missing.isEmpty()
                        ? ""
                        : " (no index at " + String.join(", ", missing) + ": the NowCast needs earlier hours)"));
        chart(a.hourly(), DemoDay.ALERT_ABOVE).forEach(line -> out.println("   " + line));
    }

    private static String timeline(List<DossierEvent> events) {
        List<String> parts = new ArrayList<>();
        for (DossierEvent e : events) {
            parts.add(e.at().toLocalTime() + " " + e.to().vietnameseLabel());
        }
        return String.join(" > ", parts);
    }

    private static String duration(long minutes) {
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String index(AqiResult r) {
        if (r instanceof AqiResult.Index i) {
            return i.aqi() + " " + i.category().name() + " (" + i.dominant().label() + ")";
        }
        return "none (" + ((AqiResult.NotEnoughData) r).reason() + ")";
    }

    /**
     * A bar chart of the hourly index: one column pair per hour, rows every {@value #CHART_STEP}
     * points, the alert threshold drawn as a dashed row.
     *
     * @param hourly the hours, in order
     * @param alertAbove the threshold
     * @return the chart's lines, top first
     */
    static List<String> chart(List<DemoAir.Hour> hourly, int alertAbove) {
        int max = alertAbove;
        for (DemoAir.Hour h : hourly) {
            OptionalInt aqi = h.aqi();
            if (aqi.isPresent()) {
                max = Math.max(max, aqi.getAsInt());
            }
        }
        int top = max / CHART_STEP * CHART_STEP;
        List<String> lines = new ArrayList<>();
        for (int row = top; row >= CHART_STEP; row -= CHART_STEP) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d |", row));
            for (DemoAir.Hour h : hourly) {
                boolean filled = h.aqi().isPresent() && h.aqi().getAsInt() >= row;
                line.append(filled ? "##" : row == alertAbove ? "--" : "  ");
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.add("     +" + "-".repeat(2 * hourly.size()));
        StringBuilder labels = new StringBuilder("      ");
        for (int i = 0; i < hourly.size(); i += 3) {
            String label =
                    String.format(Locale.ROOT, "%02d", hourly.get(i).hour().getHour());
            labels.append(label).append(" ".repeat(Math.max(0, 6 - label.length())));
        }
        lines.add(labels.toString().stripTrailing());
        return lines;
    }

    // ------------------------------------------------------------------ JSON

    static JsonObject json(Story s) {
        DemoCard.Result c = s.card();
        JsonObject card = Json.createObjectBuilder()
                .add("at", DemoDay.at(DemoDay.CARD_READ).toString())
                .add("protocol", c.protocol())
                .add("access", c.access())
                .add("filesRead", c.filesRead())
                .add(
                        "passiveAuthentication",
                        Json.createObjectBuilder()
                                .add("passed", c.paPassed())
                                .add("result", c.paResult().name())
                                .add("checks", c.checks())
                                .add("checksPassed", c.checksPassed())
                                .add("notPassed", Json.createArrayBuilder(c.notPassed()))
                                .add("trust", "test-kit CSCA"))
                .add(
                        "citizen",
                        Json.createObjectBuilder()
                                .add("idNumber", c.id().masked())
                                .add("fullName", c.maskedName())
                                .add("gender", c.gender())
                                .add("birthYear", c.birthYear())
                                .add("masked", true))
                .add(
                        "photo",
                        Json.createObjectBuilder()
                                .add("format", c.photoFormat())
                                .add("width", c.photoWidth())
                                .add("height", c.photoHeight())
                                .add("bytes", c.photoBytes())
                                .add("path", c.photo().toString()))
                .build();

        DemoDossiers.Result d = s.dossier();
        DossierSync portal = d.portal().dossier();
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        for (DossierEvent e : d.timeline()) {
            timeline.add(Json.createObjectBuilder()
                    .add("at", e.at().toString())
                    .add("status", status(e.to()))
                    .add("by", e.actor()));
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        d.portal()
                .steps()
                .forEach(st -> steps.add(Json.createObjectBuilder()
                        .add("at", st.handledAt().toLocalDateTime().toString())
                        .add("status", status(st.status()))
                        .add("content", st.content())));
        DemoDossiers.Payment p = d.payment();
        DemoDossiers.Counts n = d.counts();
        JsonObject dossier = Json.createObjectBuilder()
                .add("code", d.code().toString())
                .add("procedure", d.procedure().value())
                .add("procedureName", d.procedureName())
                .add("agency", d.agency().value())
                .add("agencyName", d.agencyName())
                .add("owner", c.id().masked())
                .add("receivedAt", d.receivedAt().toString())
                .add("dueAt", d.dueAt().toString())
                .add("workingDays", d.workingDays())
                .add("timeline", timeline)
                .add(
                        "payment",
                        Json.createObjectBuilder()
                                .add("gateway", p.gateway())
                                .add("orderId", p.orderId())
                                .add("fee", p.expected().dong())
                                .add("paid", p.paid().dong())
                                .add("currency", "VND")
                                .add("callbackVerified", p.callbackVerified())
                                .add("returnVerified", p.returnVerified())
                                .add("transaction", p.transaction())
                                .add("reply", p.reply())
                                .add("resumedAt", p.at().toString()))
                .add(
                        "dvcqg",
                        Json.createObjectBuilder()
                                .add("status", status(portal.status()))
                                .add("stepsSent", d.stepsSent())
                                .add("stepsFound", d.portal().steps().size())
                                .add("steps", steps)
                                .add(
                                        "returnedAt",
                                        portal.returnedAt() == null
                                                ? JsonValue.NULL
                                                : Json.createValue(portal.returnedAt()
                                                        .toLocalDateTime()
                                                        .toString())))
                .add("minutesToResult", d.minutesToResult())
                .add("workingDaysEarly", d.workingDaysEarly())
                .build();

        DemoAir.Result a = s.air();
        JsonArrayBuilder hourly = Json.createArrayBuilder();
        for (DemoAir.Hour h : a.hourly()) {
            hourly.add(AqiCommand.resultJson(h.result()).add("hour", h.hour().toString()));
        }
        JsonObjectBuilder air = Json.createObjectBuilder()
                .add("station", a.station())
                .add("bytes", a.bytes())
                .add("segments", a.segments())
                .add("frames", a.frames())
                .add("readings", a.readings())
                .add("daily", AqiCommand.resultJson(a.daily()))
                .add("hourly", hourly)
                .add("alertAbove", DemoDay.ALERT_ABOVE);
        a.peak()
                .ifPresent(h -> air.add(
                        "peak",
                        Json.createObjectBuilder()
                                .add("hour", h.hour().toString())
                                .add("aqi", h.aqi().getAsInt())));
        DemoAir.Alert alert = a.alert();
        if (alert == null) {
            air.addNull("alert");
        } else {
            JsonObjectBuilder al = Json.createObjectBuilder()
                    .add("raisedAt", alert.raisedAt().toString())
                    .add("aqi", alert.raisedAqi())
                    .add("category", alert.category())
                    .add("dominant", alert.dominant())
                    .add("peakAt", alert.peakAt().toString())
                    .add("peakAqi", alert.peakAqi())
                    .add("hoursAbove", alert.hoursAbove());
            if (alert.clearedAt() == null) {
                al.addNull("clearedAt");
            } else {
                al.add("clearedAt", alert.clearedAt().toString());
            }
            air.add("alert", al);
        }
        air.add(
                "water",
                Json.createObjectBuilder()
                        .add("file", a.waterFile())
                        .add("readings", a.water().size())
                        .add("valid", a.waterValid())
                        .add(
                                "records",
                                vn.smartcity.iot.ObservationJson.toJson("vn-tt10", a.water())
                                        .getJsonArray("records")));

        DemoFieldReport.Result r = s.report();
        JsonArrayBuilder seen = Json.createArrayBuilder();
        for (DemoFieldReport.Seen x : r.seen()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("status", x.status());
            o.add("agency", x.agency() == null ? "" : x.agency());
            o.add("notes", x.notes() == null ? "" : x.notes());
            seen.add(o);
        }
        JsonObject report = Json.createObjectBuilder()
                .add("id", r.id())
                .add("serviceCode", r.serviceCode())
                .add("serviceName", r.serviceName())
                .add("lat", r.location().latitude())
                .add("long", r.location().longitude())
                .add("description", r.description())
                .add("history", seen)
                .add("closed", r.closed())
                .add("rating", r.rating())
                .add("ratingRecorded", r.ratingRecorded())
                .build();

        JsonArrayBuilder aqiByHour = Json.createArrayBuilder();
        for (DemoAir.Hour h : a.hourly()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("hour", h.hour().toString());
            if (h.aqi().isPresent()) {
                o.add("aqi", h.aqi().getAsInt());
            } else {
                o.addNull("aqi");
            }
            aqiByHour.add(o);
        }
        JsonObjectBuilder dossiers = Json.createObjectBuilder()
                .add("total", n.total())
                .add("resolved", n.resolved())
                .add("onTime", n.onTime())
                .add("late", n.late())
                .add("inProgress", n.inProgress())
                .add("overdue", n.overdue());
        if (n.onTimePercent() < 0) {
            dossiers.addNull("onTimePercent");
        } else {
            dossiers.add("onTimePercent", n.onTimePercent());
        }
        JsonObject summary = Json.createObjectBuilder()
                .add("at", n.at().toString())
                .add("dossiers", dossiers)
                .add("aqiByHour", aqiByHour)
                .add(
                        "fieldReports",
                        Json.createObjectBuilder()
                                .add("total", r.total())
                                .add("open", r.open())
                                .add("closed", r.closedCount()))
                .build();

        return Json.createObjectBuilder()
                .add("version", s.version())
                .add("day", DemoDay.DAY.toString())
                .add("sandbox", s.sandbox())
                .add("card", card)
                .add("dossier", dossier)
                .add("air", air)
                .add("fieldReport", report)
                .add("summary", summary)
                .build();
    }

    private static JsonObject status(DossierStatus s) {
        return Json.createObjectBuilder()
                .add("code", s.code())
                .add("name", s.name())
                .add("label", s.vietnameseLabel())
                .build();
    }
}
