package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.mrz.MrzParser;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationJson;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.hj212.Hj212FrameSplitter;
import vn.smartcity.testkit.SampleCitizen;
import vn.smartcity.testkit.SampleFeeds;

/**
 * {@code smartcity demo}: a smart-city service day, told with what the SDK can do so far, on the
 * test kit's synthetic data. Every number it prints is computed from the bytes and texts it
 * decodes; the steps later modules add are listed as coming.
 */
@Command(
        name = "demo",
        description = "Run a smart-city service day end to end on sample data, offline, and print what happened.")
final class DemoCommand implements Callable<Integer> {

    static final LocalDate DAY = LocalDate.of(2025, 11, 1);
    static final String AIR_STATION = "QN-CAMPHA-01";
    static final String WATER_STATION = "NT01";
    static final String AGENCY = "001.00.10.H47";
    static final VndAmount FEE_PER_COPY = VndAmount.of(50_000);
    static final int ALERT_ABOVE = 150;

    static final List<String> COMING = List.of(
            "read the CCCD chip over PACE (the simulated chip) and verify it by passive authentication",
            "submit the dossier, pay its fee through the PayGov sandbox and sync it to DVCQG",
            "file an Open311 field report at the station and follow it to closed");

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** What the day's air data gave. */
    record Air(int records, List<Instant> hours, List<AqiResult> hourly, AqiResult daily, List<String> alerts) {}

    @Override
    public Integer call() {
        ZoneOffset vn = ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS);
        AdministrativeUnits units = AdministrativeUnits.standard();

        // 1. The citizen: the card's QR and printed MRZ, joined and cross-checked.
        CitizenIdentity citizen = CitizenIdentity.builder()
                .mrz(MrzParser.strict().withReferenceDate(DAY).parse(SampleCitizen.MRZ))
                .qr(CccdQr.parse(SampleCitizen.QR))
                .build();
        Province home = citizen.idNumber().orElseThrow().province().orElseThrow();

        // 2. The agency and the fee.
        AgencyCode agency = AgencyCode.parse(AGENCY);
        Province agencyProvince = agency.province().orElseThrow();
        Province agencyNow = units.successor(agencyProvince).orElseThrow();
        int copies = 2;
        VndAmount fee = FEE_PER_COPY.times(copies);

        // 3. A day of station data: HJ 212 over TCP, cut into frames, decoded, aggregated.
        Air air = air(vn);
        String waterName = SampleFeeds.tt10FileName(DAY.atTime(9, 0).toInstant(vn), WATER_STATION);
        List<Observation> water = Codecs.decode(
                        "auto",
                        SampleFeeds.tt10File(DAY.atTime(9, 0).toInstant(vn), WATER_STATION),
                        DecodeContext.defaults().withSourceName(waterName))
                .records();

        if (json) {
            printJson(citizen, home, agency, agencyProvince, agencyNow, copies, fee, air, waterName, water, vn);
            return SmartCity.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("smartcity demo: a service day (SDK " + SmartCity.version() + ", offline, synthetic data)");
        out.println();
        out.println("1. A citizen comes to the one-stop-shop counter with her CCCD");
        out.println("   QR and printed MRZ read: ID "
                + citizen.idNumber().orElseThrow().masked() + ", "
                + citizen.gender().orElseThrow().name().toLowerCase(java.util.Locale.ROOT) + ", born "
                + citizen.dateOfBirth().orElseThrow().getYear() + ", birth registered in " + home.fullName());
        out.println("   sources " + citizen.sources() + ": "
                + (citizen.mismatches().isEmpty()
                        ? "all agree"
                        : citizen.mismatches().toString())
                + "; not yet authenticated (the QR is unsigned; the chip comes next)");
        out.println();
        out.println("2. The dossier goes to the agency that handles it");
        out.println("   " + agency.value() + ": a level-" + agency.level() + " unit of " + agencyProvince.fullName()
                + " (GSO " + agencyProvince.code() + "), part of " + agencyNow.fullName() + " since 1 July 2025: "
                + units.provinces(Era.PRE_2025).size() + " provinces became "
                + units.provinces(Era.FROM_2025).size());
        out.println("   fee: " + copies + " copies x " + FEE_PER_COPY.format() + " = " + fee.format());
        out.println();
        out.println("3. The air station " + AIR_STATION + " sends its day over TCP (HJ 212-2017)");
        out.println("   " + air.records() + " readings decoded; hourly VN_AQI (NowCast for PM):");
        for (int i = 0; i < air.hours().size(); i++) {
            AqiResult r = air.hourly().get(i);
            LocalTime t = LocalTime.ofInstant(air.hours().get(i), vn);
            if (r instanceof AqiResult.Index index) {
                out.println(String.format(
                        "   %s %3d %-25s %s",
                        t,
                        index.aqi(),
                        "#".repeat(Math.max(1, index.aqi() / 8)),
                        index.category().name() + (index.aqi() > ALERT_ABOVE ? "  <- ALERT" : "")));
            } else {
                out.println("   " + t + "   - not enough data");
            }
        }
        if (air.daily() instanceof AqiResult.Index daily) {
            out.println("   daily VN_AQI " + daily.aqi() + " "
                    + daily.category().name() + ", dominant " + daily.dominant().label());
        }
        out.println("   alerts (hourly index above " + ALERT_ABOVE + "): "
                + (air.alerts().isEmpty() ? "none" : String.join(", ", air.alerts())));
        out.println();
        out.println("4. The wastewater station files its hour as " + waterName + " (TT 10/2021)");
        for (Observation o : water) {
            out.println("   " + o.name() + " = " + o.value() + (o.unit() == null ? "" : " " + o.unit())
                    + (o.status().isValid() ? "" : "  (" + o.status() + ", not used)"));
        }
        out.println();
        out.println("Coming as the SDK grows:");
        COMING.forEach(step -> out.println("   - " + step));
        return SmartCity.OK;
    }

    private Air air(ZoneOffset vn) {
        SensorCodec hj212 = Codecs.registry().get("hj212");
        byte[] stream = SampleFeeds.hj212Day(DAY, AIR_STATION);
        List<Observation> records = new ArrayList<>();
        Hj212FrameSplitter splitter = new Hj212FrameSplitter();
        for (int pos = 0; pos < stream.length; pos += 1460) { // TCP segments
            int n = Math.min(1460, stream.length - pos);
            splitter.feed(
                    stream,
                    pos,
                    n,
                    (buf, off, len) -> records.addAll(
                            hj212.decode(Arrays.copyOfRange(buf, off, off + len), DecodeContext.defaults())));
        }
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(records);
        List<Instant> hours = new ArrayList<>();
        List<AqiResult> hourly = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (Map.Entry<Instant, AqiResult> e : station.vnHourlySeries(DAY).entrySet()) {
            hours.add(e.getKey());
            hourly.add(e.getValue());
            if (e.getValue() instanceof AqiResult.Index i && i.aqi() > ALERT_ABOVE) {
                alerts.add(LocalTime.ofInstant(e.getKey(), vn) + " (" + i.aqi() + ")");
            }
        }
        return new Air(records.size(), hours, hourly, station.vnDaily(DAY), alerts);
    }

    private void printJson(
            CitizenIdentity citizen,
            Province home,
            AgencyCode agency,
            Province agencyProvince,
            Province agencyNow,
            int copies,
            VndAmount fee,
            Air air,
            String waterName,
            List<Observation> water,
            ZoneOffset vn) {
        JsonArrayBuilder mismatches = Json.createArrayBuilder();
        citizen.mismatches().forEach(m -> mismatches.add(m.toString()));
        JsonArrayBuilder hourly = Json.createArrayBuilder();
        for (int i = 0; i < air.hours().size(); i++) {
            hourly.add(AqiCommand.resultJson(air.hourly().get(i))
                    .add("hour", LocalTime.ofInstant(air.hours().get(i), vn).toString()));
        }
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        air.alerts().forEach(alerts::add);
        JsonArrayBuilder coming = Json.createArrayBuilder();
        COMING.forEach(coming::add);
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("version", SmartCity.version())
                .add(
                        "citizen",
                        Json.createObjectBuilder()
                                .add(
                                        "idNumber",
                                        citizen.idNumber().orElseThrow().masked())
                                .add("placeName", home.name())
                                .add("gender", citizen.gender().orElseThrow().name())
                                .add(
                                        "birthYear",
                                        citizen.dateOfBirth().orElseThrow().getYear())
                                .add("mismatches", mismatches)
                                .add("authenticated", citizen.chipAuthenticated()))
                .add("agency", Views.agency(agency).add("currentProvince", Views.province(agencyNow)))
                .add(
                        "fee",
                        Json.createObjectBuilder()
                                .add("perCopy", FEE_PER_COPY.dong())
                                .add("copies", copies)
                                .add("total", fee.dong())
                                .add("currency", "VND"))
                .add(
                        "air",
                        Json.createObjectBuilder()
                                .add("station", AIR_STATION)
                                .add("records", air.records())
                                .add("daily", AqiCommand.resultJson(air.daily()))
                                .add("hourly", hourly)
                                .add("alerts", alerts))
                .add("water", ObservationJson.toJson("vn-tt10", water))
                .add("waterFile", waterName)
                .add("coming", coming);
        spec.commandLine().getOut().println(o.build());
    }
}
