package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;

/** How the commands show the SDK's values, as text and as JSON. */
final class Views {

    private Views() {}

    /**
     * The flow every look-up command shares: read the user's input into a value, then print it as
     * JSON or as text. When the input is invalid, {@code --json} still prints one object, {@code
     * {"valid":false,"error":...}}, before the error goes on to the one-line message and exit 1.
     */
    static <T> int show(
            CommandSpec spec,
            boolean json,
            Supplier<T> read,
            Function<T, JsonObjectBuilder> asJson,
            Function<T, List<String>> asText) {
        PrintWriter out = spec.commandLine().getOut();
        T value;
        try {
            value = read.get();
        } catch (InvalidValueException | SmartCity.InputError e) {
            if (json) {
                out.println(Json.createObjectBuilder()
                        .add("valid", false)
                        .add("error", e.getMessage())
                        .build());
            }
            throw e;
        }
        if (json) {
            out.println(asJson.apply(value).build());
        } else {
            asText.apply(value).forEach(out::println);
        }
        return SmartCity.OK;
    }

    static String eraText(Era era) {
        return era == Era.PRE_2025
                ? "63-unit division, 1 August 2008 to 30 June 2025"
                : "34-unit division, from 1 July 2025";
    }

    static JsonObjectBuilder province(Province p) {
        return Json.createObjectBuilder()
                .add("code", p.code())
                .add("name", p.name())
                .add("fullName", p.fullName())
                .add("kind", p.kind().name())
                .add("era", p.era().key());
    }

    static String provinceText(Province p) {
        return p.code() + " " + p.fullName();
    }

    static JsonObjectBuilder unit(Province p) {
        AdministrativeUnits units = AdministrativeUnits.standard();
        JsonObjectBuilder json = province(p);
        units.successor(p).ifPresent(s -> json.add("successor", province(s)));
        List<Province> before = units.predecessors(p);
        if (!before.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            before.forEach(b -> array.add(province(b)));
            json.add("predecessors", array);
        }
        return json;
    }

    static List<String> unitText(Province p) {
        AdministrativeUnits units = AdministrativeUnits.standard();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(provinceText(p) + " (" + eraText(p.era()) + ")");
        units.successor(p)
                .ifPresent(s -> lines.add("  "
                        + (s.code().equals(p.code()) && units.predecessors(s).size() == 1
                                ? "Continues as: "
                                : "Became part of: ")
                        + provinceText(s) + " (from 1 July 2025)"));
        List<Province> before = units.predecessors(p);
        if (!before.isEmpty()) {
            StringBuilder line = new StringBuilder("  Formed from: ");
            for (int i = 0; i < before.size(); i++) {
                line.append(i == 0 ? "" : ", ").append(provinceText(before.get(i)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static JsonObjectBuilder id(PersonalIdNumber id) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("valid", true)
                .add("number", id.masked())
                .add("placeCode", id.placeCode())
                .add("registeredAbroad", id.registeredAbroad());
        id.province()
                .ifPresentOrElse(
                        p -> {
                            json.add("placeName", p.name());
                            AdministrativeUnits.standard()
                                    .successor(p)
                                    .ifPresent(s -> json.add("currentProvince", province(s)));
                        },
                        () -> json.addNull("placeName"));
        return json.add("gender", id.gender().name()).add("birthYear", id.birthYear());
    }

    static List<String> idText(PersonalIdNumber id) {
        String place = id.province()
                .map(p -> id.placeCode() + " " + p.fullName()
                        + AdministrativeUnits.standard()
                                .successor(p)
                                .filter(s -> !s.fullName().equals(p.fullName()))
                                .map(s -> " (since 1 July 2025: " + s.fullName() + ")")
                                .orElse(""))
                .orElse(id.placeCode() + " (a country: the birth was registered abroad)");
        return List.of(
                "Personal ID number " + id.masked() + " is valid.",
                "  Birth registered in: " + place,
                "  Gender: " + (id.gender() == vn.smartcity.core.id.Gender.MALE ? "male (nam)" : "female (nữ)"),
                "  Birth year: " + id.birthYear());
    }

    static String bodyTypeText(AgencyCode.BodyType type) {
        switch (type) {
            case PROVINCIAL_PEOPLES_COMMITTEE:
                return "provincial People's Committee (UBND tỉnh)";
            case PROVINCIAL_PEOPLES_COUNCIL:
                return "provincial People's Council (HĐND tỉnh)";
            case CENTRAL:
                return "central body";
            default:
                return "other body";
        }
    }

    static JsonObjectBuilder agency(AgencyCode code) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("valid", true)
                .add("code", code.value())
                .add("level1", code.level1())
                .add("level", code.level())
                .add("bodyType", code.bodyType().name());
        code.parent().ifPresentOrElse(p -> json.add("parent", p.value()), () -> json.addNull("parent"));
        code.province()
                .ifPresentOrElse(
                        p -> {
                            json.add("province", province(p));
                            json.add("provinceMapping", code.provinceMappingPublished() ? "published" : "inferred");
                            AdministrativeUnits.standard()
                                    .successor(p)
                                    .ifPresent(s -> json.add("currentProvince", province(s)));
                        },
                        () -> json.addNull("province"));
        return json;
    }

    static List<String> agencyText(AgencyCode code) {
        List<String> lines = new java.util.ArrayList<>();
        String levelText = code.level() == 1
                ? "the level-1 body itself"
                : "a level-" + code.level() + " unit under "
                        + code.parent().orElseThrow().value();
        lines.add(code.value() + ": " + levelText + "; level-1 " + code.level1() + " is a "
                + bodyTypeText(code.bodyType()));
        code.province()
                .ifPresentOrElse(
                        p -> {
                            lines.add("  Province: " + provinceText(p) + " (GSO code " + p.code() + "; "
                                    + (code.provinceMappingPublished()
                                            ? "published mapping"
                                            : "inferred from the alphabetical order of province names")
                                    + ")");
                            AdministrativeUnits.standard()
                                    .successor(p)
                                    .ifPresent(s -> lines.add("  Since 1 July 2025: " + provinceText(s)));
                        },
                        () -> lines.add("  Province: not known for level-1 code " + code.level1()));
        return lines;
    }

    /** Masks a name to initials: {@code Nguyễn Thị Mậu} becomes {@code N***** T** M**}. */
    static String maskName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            int first = word.codePointAt(0);
            out.appendCodePoint(first).append("*".repeat(Math.max(1, word.codePointCount(0, word.length()) - 1)));
        }
        return out.toString();
    }
}
