package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.money.VndAmount;

/**
 * {@code smartcity demo}: the story of a smart-city service day, told with what the SDK can do so
 * far. Every value it prints is computed by the SDK from the sample inputs below; the steps that
 * later modules add (chip reading, station data and AQI, dossiers, payment, field reports) are
 * listed as coming.
 */
@Command(
        name = "demo",
        description =
                "Run the smart-city service day end to end on sample data, offline, and print what" + " happened.")
final class DemoCommand implements Callable<Integer> {

    /** A synthetic citizen: the demo never shows the number unmasked. */
    static final String SAMPLE_CITIZEN = "046192004217";

    static final String SAMPLE_AGENCY = "001.00.10.H47";
    static final GeoPoint COUNTER = GeoPoint.of(16.4637, 107.5909);
    static final GeoPoint STATION = GeoPoint.of(16.4620, 107.5950);
    static final VndAmount FEE_PER_COPY = VndAmount.of(50_000);

    static final List<String> COMING = List.of(
            "read the simulated CCCD chip over PACE and verify it by passive authentication",
            "decode a day of HJ 212 and TT 10/2021 station data and compute hourly and daily VN_AQI",
            "submit a dossier, pay its fee through the PayGov sandbox and sync it to DVCQG",
            "file an Open311 field report and follow it to closed");

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        AdministrativeUnits units = AdministrativeUnits.standard();
        PersonalIdNumber citizen = PersonalIdNumber.parse(SAMPLE_CITIZEN);
        Province home = citizen.province().orElseThrow();
        Province homeNow = units.successor(home).orElseThrow();
        AgencyCode agency = AgencyCode.parse(SAMPLE_AGENCY);
        Province agencyProvince = agency.province().orElseThrow();
        Province agencyNow = units.successor(agencyProvince).orElseThrow();
        int copies = 2;
        VndAmount fee = FEE_PER_COPY.times(copies);
        double metres = COUNTER.distanceTo(STATION);

        if (json) {
            JsonArrayBuilder coming = Json.createArrayBuilder();
            COMING.forEach(coming::add);
            spec.commandLine()
                    .getOut()
                    .println(Json.createObjectBuilder()
                            .add("version", SmartCity.version())
                            .add("citizen", Views.id(citizen))
                            .add("agency", Views.agency(agency))
                            .add(
                                    "fee",
                                    Json.createObjectBuilder()
                                            .add("perCopy", FEE_PER_COPY.dong())
                                            .add("copies", copies)
                                            .add("total", fee.dong())
                                            .add("currency", "VND"))
                            .add(
                                    "station",
                                    Json.createObjectBuilder()
                                            .add("location", STATION.toString())
                                            .add("metresFromCounter", Math.round(metres)))
                            .add(
                                    "provincesBefore",
                                    units.provinces(Era.PRE_2025).size())
                            .add("provincesNow", units.provinces(Era.FROM_2025).size())
                            .add("coming", coming)
                            .build());
            return SmartCity.OK;
        }

        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "smartcity demo: a service day at a one-stop-shop counter (SDK " + SmartCity.version() + ", offline)");
        out.println();
        out.println("1. A citizen comes to the one-stop-shop counter");
        out.println(
                "   ID " + citizen.masked() + ": " + (citizen.gender().name().equals("MALE") ? "male" : "female")
                        + ", born " + citizen.birthYear() + ", birth registered in " + home.fullName() + " (code "
                        + citizen.placeCode() + "), now " + homeNow.fullName());
        out.println();
        out.println("2. The dossier goes to the agency that handles it");
        out.println("   " + agency.value() + ": a level-" + agency.level() + " unit under "
                + agency.parent().orElseThrow().value() + " in " + agencyProvince.fullName()
                + " (GSO " + agencyProvince.code() + ", level-1 code " + agency.level1() + ")");
        out.println("   Since 1 July 2025 " + agencyProvince.name() + " is part of " + agencyNow.fullName() + ": "
                + units.provinces(Era.PRE_2025).size() + " provinces became "
                + units.provinces(Era.FROM_2025).size());
        out.println();
        out.println("3. The fee");
        out.println("   " + copies + " copies x " + FEE_PER_COPY.format() + " = " + fee.format());
        out.println();
        out.println("4. The nearest air-quality station");
        out.println("   " + STATION + " is " + Math.round(metres) + " m from the counter at " + COUNTER);
        out.println();
        out.println("Coming as the SDK grows:");
        COMING.forEach(step -> out.println("   - " + step));
        return SmartCity.OK;
    }
}
