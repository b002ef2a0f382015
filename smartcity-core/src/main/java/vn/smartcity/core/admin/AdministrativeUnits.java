package vn.smartcity.core.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.internal.VietnameseText;

/**
 * The provincial-level units of Viet Nam in both eras, and the mapping between them.
 *
 * <p>Provinces are found by GSO code ({@code "22"}, or the three-digit place code {@code "022"}
 * printed in ID numbers) or by name, ignoring case, diacritics and prefixes: {@code "thua thien
 * hue"}, {@code "TP. Huế"} and {@code "Tỉnh Quảng Ninh"} all work.
 *
 * <pre>{@code
 * AdministrativeUnits units = AdministrativeUnits.standard();
 * Province quangNam = units.find(Era.PRE_2025, "quang nam").orElseThrow();   // 49
 * Province daNang = units.successor(quangNam).orElseThrow();                  // 48 Đà Nẵng
 * List<Province> merged = units.predecessors(daNang);                         // 48, 49
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AdministrativeUnits {

    private static final List<String> PREFIXES =
            List.of("thanh pho truc thuoc trung uong", "thanh pho", "thu do", "tinh", "tp", "t p");

    private static final String[] CODES = new String[100];

    static {
        for (int i = 0; i < CODES.length; i++) {
            CODES[i] = (i < 10 ? "0" : "") + i;
        }
    }

    private static final AdministrativeUnits STANDARD = new AdministrativeUnits();

    private final Map<Era, Map<String, Province>> byCode = new EnumMap<>(Era.class);
    private final Map<Era, Map<String, Province>> byName = new EnumMap<>(Era.class);
    private final Map<String, String> successorCode = new HashMap<>();

    private AdministrativeUnits() {
        load(Era.PRE_2025, "provinces-2008.csv");
        load(Era.FROM_2025, "provinces-2025.csv");
        for (Map.Entry<String, String> e : successorCode.entrySet()) {
            if (!byCode.get(Era.FROM_2025).containsKey(e.getValue())) {
                throw new IllegalStateException("province " + e.getKey() + " names unknown successor " + e.getValue());
            }
        }
    }

    /**
     * The units as published: 63 before 1 July 2025, 34 from then on.
     *
     * @return the shared instance
     */
    public static AdministrativeUnits standard() {
        return STANDARD;
    }

    /**
     * All provincial-level units of an era, by code.
     *
     * @param era the era
     * @return the units, sorted by code
     */
    public List<Province> provinces(Era era) {
        return List.copyOf(byCode.get(Objects.requireNonNull(era, "era")).values());
    }

    /**
     * The unit with a code in an era.
     *
     * @param era the era
     * @param code the two-digit GSO code, or the three-digit place code of an ID number
     * @return the unit, or empty
     */
    public Optional<Province> byCode(Era era, String code) {
        String c = normalizeCode(code);
        return c == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(era).get(c));
    }

    /**
     * The unit with a code on a date.
     *
     * @param date a date from 1 August 2008 on
     * @param code the code
     * @return the unit, or empty
     */
    public Optional<Province> byCode(LocalDate date, String code) {
        return byCode(Era.on(date), code);
    }

    /**
     * Finds a unit by code or by name in an era. Names are compared without case, diacritics,
     * punctuation and prefixes such as {@code Tỉnh}, {@code Thành phố}, {@code TP.}.
     *
     * @param era the era
     * @param codeOrName the code or name a user typed
     * @return the unit, or empty
     */
    public Optional<Province> find(Era era, String codeOrName) {
        Objects.requireNonNull(era, "era");
        Optional<Province> byCode = byCode(era, codeOrName);
        if (byCode.isPresent()) {
            return byCode;
        }
        return Optional.ofNullable(byName.get(era).get(nameKey(codeOrName)));
    }

    /**
     * Finds a unit by code or name in the current era first, then in the earlier one, so that a
     * name that no longer exists (such as Quảng Nam) is still found.
     *
     * @param codeOrName the code or name
     * @return the unit, or empty
     */
    public Optional<Province> find(String codeOrName) {
        Optional<Province> current = find(Era.FROM_2025, codeOrName);
        return current.isPresent() ? current : find(Era.PRE_2025, codeOrName);
    }

    /**
     * The unit of 1 July 2025 that a {@link Era#PRE_2025} unit became, or became part of.
     *
     * @param province a unit of either era
     * @return its successor, or empty for a unit of the current era
     */
    public Optional<Province> successor(Province province) {
        if (province.era() != Era.PRE_2025) {
            return Optional.empty();
        }
        return byCode(Era.FROM_2025, successorCode.get(province.code()));
    }

    /**
     * The {@link Era#PRE_2025} units that formed a unit of 1 July 2025, the one that kept its code
     * first.
     *
     * @param province a unit of either era
     * @return its predecessors, or an empty list for a unit of the earlier era
     */
    public List<Province> predecessors(Province province) {
        if (province.era() != Era.FROM_2025) {
            return List.of();
        }
        List<Province> result = new ArrayList<>();
        for (Province old : byCode.get(Era.PRE_2025).values()) {
            if (province.code().equals(successorCode.get(old.code()))) {
                result.add(old);
            }
        }
        result.sort(Comparator.comparing((Province p) -> !p.code().equals(province.code()))
                .thenComparing(Province::code));
        return Collections.unmodifiableList(result);
    }

    private static @Nullable String normalizeCode(String code) {
        int start = 0;
        int end = code.length();
        while (start < end && Character.isWhitespace(code.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (end == start || end - start > 3) {
            return null;
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            n = n * 10 + (c - '0');
        }
        return n > 99 ? null : CODES[n];
    }

    static String nameKey(String name) {
        String folded = VietnameseText.fold(name);
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix + " ")) {
                return folded.substring(prefix.length() + 1);
            }
        }
        return folded;
    }

    private void load(Era era, String resource) {
        Map<String, Province> codes = new LinkedHashMap<>();
        Map<String, Province> names = new HashMap<>();
        try (InputStream in = AdministrativeUnits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected 5 fields");
                }
                List<String> aliases = f[4].isEmpty()
                        ? List.of()
                        : Arrays.stream(f[4].split("\\|")).map(String::strip).collect(Collectors.toList());
                Province p = new Province(f[0], f[1], ProvinceKind.valueOf(f[2]), era, aliases);
                codes.put(p.code(), p);
                if (!f[3].isEmpty()) {
                    successorCode.put(p.code(), f[3]);
                }
                names.put(nameKey(p.name()), p);
                for (String alias : aliases) {
                    names.put(nameKey(alias), p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        byCode.put(era, Collections.unmodifiableMap(codes));
        byName.put(era, Collections.unmodifiableMap(names));
    }

    /**
     * Parses a three-digit place code of an ID number into its province, for callers that want an
     * exception rather than an empty result.
     *
     * @param era the era whose names to use
     * @param code the code
     * @return the province
     * @throws InvalidValueException if no province has that code
     */
    public Province require(Era era, String code) {
        return byCode(era, code)
                .orElseThrow(() -> new InvalidValueException(
                        "Province", -1, "no province has code '" + code + "' in era " + era.key()));
    }
}
