package vn.smartcity.core.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.internal.VietnameseText;

/**
 * A commune-level list of administrative units as the General Statistics Office exports it: one
 * row per unit with its code, name, level and the code of the unit above.
 *
 * <p>{@link #parseCsv(Reader)} reads the export saved as CSV (comma, semicolon or tab separated,
 * UTF-8, optional byte-order mark, quoted fields allowed). The header row names the columns, in
 * Vietnamese or English, in any order: {@code Mã}/{@code code}, {@code Tên}/{@code name}, {@code
 * Cấp}/{@code level}, and {@code Mã cấp trên}/{@code Mã TP}/{@code Mã tỉnh}/{@code Mã QH}/{@code
 * parent}. Other columns (English name, province name…) are ignored.
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(Path.of("danh-muc-xa.csv"))) {
 *     AdministrativeUnitList list = AdministrativeUnitList.parseCsv(in);
 *     List<AdministrativeUnit> wards = list.children("46");
 * }
 * }</pre>
 */
public final class AdministrativeUnitList {

    private static final String TYPE = "AdministrativeUnitList";

    private final Map<String, AdministrativeUnit> byCode;
    private final Map<String, List<AdministrativeUnit>> children;
    private final Map<String, List<AdministrativeUnit>> byName;

    private AdministrativeUnitList(Map<String, AdministrativeUnit> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<AdministrativeUnit>> kids = new HashMap<>();
        Map<String, List<AdministrativeUnit>> names = new HashMap<>();
        for (AdministrativeUnit unit : byCode.values()) {
            if (unit.parentCode() != null) {
                kids.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
            names.computeIfAbsent(nameKey(unit), k -> new ArrayList<>()).add(unit);
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        names.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.byName = names;
    }

    /**
     * Makes a list from units already in hand, checked as {@link #parseCsv(Reader)} checks rows.
     *
     * @param units the units
     * @return the list
     * @throws InvalidValueException on a duplicate code or a malformed code
     */
    public static AdministrativeUnitList of(List<AdministrativeUnit> units) {
        Map<String, AdministrativeUnit> map = new LinkedHashMap<>();
        int i = 0;
        for (AdministrativeUnit unit : units) {
            add(map, unit, "unit " + i++);
        }
        return new AdministrativeUnitList(map);
    }

    /**
     * Reads a statistics-office export saved as CSV.
     *
     * @param reader the text; not closed
     * @return the list
     * @throws IOException if reading fails
     * @throws InvalidValueException naming the line and column of a malformed row, a missing column
     *     or a duplicate code
     */
    public static AdministrativeUnitList parseCsv(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new InvalidValueException(TYPE, -1, "the file is empty; expected a header row");
        }
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        char separator = separator(header);
        List<String> columns = splitCsv(header, separator, 1);
        int code = column(columns, "ma", "code", "ma so", "ma dvhc");
        int name = column(columns, "ten", "name", "ten dvhc");
        int level = column(columns, "cap", "level");
        int parent = optionalColumn(
                columns, "ma cap tren", "parent", "parent code", "ma tp", "ma tinh", "ma qh", "ma quan huyen");
        if (code < 0 || name < 0 || level < 0) {
            throw new InvalidValueException(
                    TYPE,
                    -1,
                    "line 1: the header must name the columns Mã (code), Tên (name) and Cấp (level); found " + columns);
        }
        Map<String, AdministrativeUnit> map = new LinkedHashMap<>();
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line, separator, lineNumber);
            String where = "line " + lineNumber;
            String c = field(f, code, where, "Mã");
            String n = field(f, name, where, "Tên");
            String l = field(f, level, where, "Cấp");
            String p = parent < 0 || parent >= f.size() ? "" : f.get(parent).strip();
            UnitLevel unitLevel = UnitLevel.parse(l)
                    .orElseThrow(() ->
                            new InvalidValueException(TYPE, -1, where + ", column Cấp: unknown level '" + l + "'"));
            add(
                    map,
                    new AdministrativeUnit(c, n, unitLevel, p.isEmpty() || unitLevel.isProvincial() ? null : p),
                    where);
        }
        return new AdministrativeUnitList(map);
    }

    private static void add(Map<String, AdministrativeUnit> map, AdministrativeUnit unit, String where) {
        String c = unit.code();
        int expected = unit.level().isProvincial() ? 2 : unit.level().isCommunal() ? 5 : 3;
        if (c.length() != expected || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new InvalidValueException(
                    TYPE,
                    -1,
                    where + ", column Mã: a " + unit.level().vietnamese() + " code has " + expected + " digits, got '"
                            + c + "'");
        }
        String p = unit.parentCode();
        if (p != null && (p.isEmpty() || !p.chars().allMatch(ch -> ch >= '0' && ch <= '9'))) {
            throw new InvalidValueException(TYPE, -1, where + ", parent column: not a code: '" + p + "'");
        }
        AdministrativeUnit previous = map.putIfAbsent(c, unit);
        if (previous != null) {
            throw new InvalidValueException(
                    TYPE, -1, where + ": code " + c + " appears twice (" + previous.name() + ", " + unit.name() + ")");
        }
    }

    /**
     * All units, in the order read.
     *
     * @return the units
     */
    public List<AdministrativeUnit> units() {
        return List.copyOf(byCode.values());
    }

    /**
     * The number of units.
     *
     * @return the size
     */
    public int size() {
        return byCode.size();
    }

    /**
     * The unit with a code.
     *
     * @param code the code
     * @return the unit, or empty
     */
    public Optional<AdministrativeUnit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    /**
     * The units directly below a unit.
     *
     * @param parentCode the parent's code
     * @return the children in list order, empty if none
     */
    public List<AdministrativeUnit> children(String parentCode) {
        return children.getOrDefault(parentCode.strip(), List.of());
    }

    /**
     * Units whose name matches, ignoring case, diacritics and the level prefix ({@code "phu
     * xuan"} finds {@code Phường Phú Xuân}). Names repeat across provinces, so this is a list.
     *
     * @param name the name
     * @return the matching units, empty if none
     */
    public List<AdministrativeUnit> findByName(String name) {
        return byName.getOrDefault(stripLevel(VietnameseText.fold(name)), List.of());
    }

    private static String nameKey(AdministrativeUnit unit) {
        return stripLevel(VietnameseText.fold(unit.name()));
    }

    private static String stripLevel(String folded) {
        for (UnitLevel level : UnitLevel.values()) {
            String prefix = VietnameseText.fold(level.vietnamese()) + " ";
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                return folded.substring(prefix.length());
            }
        }
        return folded;
    }

    private static String field(List<String> fields, int index, String where, String column) {
        if (index >= fields.size() || fields.get(index).isBlank()) {
            throw new InvalidValueException(TYPE, -1, where + ", column " + column + ": empty");
        }
        return fields.get(index).strip();
    }

    private static int column(List<String> columns, String... names) {
        return optionalColumn(columns, names);
    }

    private static int optionalColumn(List<String> columns, String... names) {
        for (String wanted : names) {
            for (int i = 0; i < columns.size(); i++) {
                if (VietnameseText.fold(columns.get(i)).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static char separator(String header) {
        int semicolons = count(header, ';');
        int tabs = count(header, '\t');
        int commas = count(header, ',');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Splits one CSV record (RFC 4180 quoting; a record must fit on one line). */
    static List<String> splitCsv(String line, char separator, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidValueException(TYPE, -1, "line " + lineNumber + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public String toString() {
        return "AdministrativeUnitList[" + byCode.size() + " units]";
    }
}
