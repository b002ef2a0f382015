package vn.smartcity.iot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps the names protocols give to measured quantities onto canonical {@link Parameter}s and
 * converts values to the canonical unit, so that an HJ 212 station ({@code a34004} in µg/m³), a TT
 * 10/2021 file ({@code PM2,5}) and a SenML sensor ({@code pm2_5}) feed the same air-quality
 * calculation.
 *
 * <pre>{@code
 * ParameterCatalogue catalogue = ParameterCatalogue.standard();
 * Optional<Observation> pm25 = catalogue.canonical(observation);   // name "pm2.5", unit "ug/m3"
 * }</pre>
 *
 * <p>Names are matched without regard to case; a SenML name also matches by its last part after
 * {@code ':'} or {@code '/'} ({@code urn:dev:ow:10e2073a01080063:temp}). A province adds its own
 * names with {@link #withAlias(String, String)}. Instances are immutable.
 *
 * <p>A name means one thing here: TT 10/2021 files use {@code Temp} and {@code Flow} for air,
 * water and stack stations alike, and the catalogue reads them as air temperature and water flow.
 * For a stack station, map its names with {@code withAlias("Temp", "flue-gas-temperature")}.
 */
public final class ParameterCatalogue {

    private static final ParameterCatalogue STANDARD = load();

    private final Map<String, Parameter> byId;
    private final Map<String, Parameter> byAlias;

    private ParameterCatalogue(Map<String, Parameter> byId, Map<String, Parameter> byAlias) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byAlias = Collections.unmodifiableMap(byAlias);
    }

    /**
     * The SDK's catalogue (air, meteorology, water; see {@code parameters.csv} for the sources).
     *
     * @return the shared instance
     */
    public static ParameterCatalogue standard() {
        return STANDARD;
    }

    /**
     * All parameters.
     *
     * @return the parameters, in catalogue order
     */
    public List<Parameter> parameters() {
        return List.copyOf(byId.values());
    }

    /**
     * The parameter with a canonical id.
     *
     * @param id such as {@code pm2.5}
     * @return the parameter, or empty
     */
    public Optional<Parameter> byId(String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }

    /**
     * The parameter a protocol's name stands for.
     *
     * @param name an HJ 212 code, TT 10/2021 symbol, SenML name or canonical id
     * @return the parameter, or empty if the name is unknown
     */
    public Optional<Parameter> find(CharSequence name) {
        String key = name.toString().strip().toLowerCase(Locale.ROOT);
        Parameter p = byAlias.get(key);
        if (p == null) {
            int cut = Math.max(key.lastIndexOf(':'), key.lastIndexOf('/'));
            if (cut >= 0 && cut < key.length() - 1) {
                p = byAlias.get(key.substring(cut + 1));
            }
        }
        return Optional.ofNullable(p);
    }

    /**
     * Converts a value to a parameter's canonical unit.
     *
     * @param parameter the parameter
     * @param value the value
     * @param unit the value's unit, or {@code null}, blank or {@code "-"} if the protocol gave none
     *     (then it must already be in the canonical unit)
     * @return the value in the canonical unit, or NaN if the unit cannot be converted
     */
    public double toCanonical(Parameter parameter, double value, @Nullable CharSequence unit) {
        if (unit == null || unit.toString().equals(parameter.unit()) || isNoUnit(unit)) {
            return value;
        }
        return Units.convert(value, unit, parameter.unit(), parameter.molarMass());
    }

    /** Stations write "-" or nothing for dimensionless values such as pH. */
    private static boolean isNoUnit(CharSequence unit) {
        String u = unit.toString().strip();
        return u.isEmpty() || u.equals("-");
    }

    /**
     * The observation renamed to its canonical parameter, in the canonical unit.
     *
     * @param observation a decoded record
     * @return the canonical record, or empty if its name is unknown, its value is not a number, or
     *     its unit cannot be converted
     */
    public Optional<Observation> canonical(Observation observation) {
        if (!(observation.value() instanceof Value.Number n)) {
            return Optional.empty();
        }
        Optional<Parameter> found = find(observation.name());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Parameter p = found.get();
        double v = toCanonical(p, n.value(), observation.unit());
        if (Double.isNaN(v) && !Double.isNaN(n.value())) {
            return Optional.empty();
        }
        return Optional.of(new Observation(
                observation.source(),
                observation.codec(),
                p.id(),
                p.unit(),
                Value.of(v),
                observation.sum(),
                observation.time(),
                observation.statistic(),
                observation.status(),
                observation.rawStatus()));
    }

    /**
     * A catalogue that also knows {@code alias} as a name of the parameter {@code id}.
     *
     * @param alias the name a station or sensor uses
     * @param id the canonical id
     * @return a new catalogue
     * @throws IllegalArgumentException if {@code id} is not a canonical id
     */
    public ParameterCatalogue withAlias(String alias, String id) {
        Parameter p = byId(id).orElseThrow(() -> new IllegalArgumentException(
                "no parameter has id '" + id + "'; known: " + String.join(", ", byId.keySet())));
        Map<String, Parameter> aliases = new HashMap<>(byAlias);
        aliases.put(alias.strip().toLowerCase(Locale.ROOT), p);
        return new ParameterCatalogue(new LinkedHashMap<>(byId), aliases);
    }

    private static ParameterCatalogue load() {
        Map<String, Parameter> ids = new LinkedHashMap<>();
        Map<String, Parameter> aliases = new HashMap<>();
        for (String[] f : readTable("parameters.csv", 5)) {
            double molar = f[2].isEmpty() ? Double.NaN : Double.parseDouble(f[2]);
            List<String> names = Arrays.stream(f[4].split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
            Parameter p = new Parameter(f[0], f[1], f[3], molar, names);
            ids.put(p.id(), p);
            aliases.put(p.id(), p);
            for (String name : names) {
                Parameter previous = aliases.put(name.toLowerCase(Locale.ROOT), p);
                if (previous != null && previous != p) {
                    throw new IllegalStateException(
                            "alias " + name + " names both " + previous.id() + " and " + p.id());
                }
            }
        }
        return new ParameterCatalogue(ids, aliases);
    }

    /**
     * Reads a semicolon-separated resource of this package, skipping comments.
     *
     * @param resource the resource name
     * @param fields the number of fields per row
     * @return the rows
     */
    static List<String[]> readTable(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ParameterCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length != fields) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + fields + " fields");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    @Override
    public String toString() {
        return "ParameterCatalogue[" + byId.size() + " parameters]";
    }
}
