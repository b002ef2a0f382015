package vn.smartcity.core.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;

/**
 * The electronic identifier of a state agency (mã định danh điện tử), written as in the provinces'
 * published lists: {@code 000.00.00.H57} for the People's Committee of Thừa Thiên Huế.
 *
 * <p>Layout (QCVN 102:2016/BTTTT, kept by Decision 20/2020/QĐ-TTg): {@code VVV.ZZ.YY.MXX}, read
 * from the right. {@code MXX}, a letter and two digits, is the level-1 body: {@code H} a
 * provincial People's Committee, {@code K} the People's Council of the same province, {@code G}
 * a central body. {@code YY} is a level-2 unit under it (a department, or before July 2025 a
 * district's People's Committee), {@code ZZ} a level-3 unit under that, {@code VVV} a level-4 unit.
 * Zeros mean "the body itself": {@code 000.00.00.H49} is Quảng Ninh's People's Committee, {@code
 * 001.00.10.H47} a unit under level-2 unit 10 of Quảng Nam.
 *
 * <p>The level-1 digits are not the GSO province code: Quảng Ninh is GSO 22 but {@code H49}.
 * {@link #province()} maps them where the mapping is published or follows unambiguously from the
 * alphabetical order of province names; {@link #provinceMappingPublished()} tells which.
 *
 * @param value the code, such as {@code 000.00.00.H57}
 */
public record AgencyCode(String value) {

    private static final String TYPE = "AgencyCode";
    private static final Map<String, Mapping> LEVEL1 = loadLevel1();

    /** The kinds of level-1 body the letter of the level-1 code names. */
    public enum BodyType {
        /** {@code H}: a provincial People's Committee (Ủy ban nhân dân tỉnh). */
        PROVINCIAL_PEOPLES_COMMITTEE,
        /** {@code K}: a provincial People's Council (Hội đồng nhân dân tỉnh). */
        PROVINCIAL_PEOPLES_COUNCIL,
        /** {@code G}: a ministry or other central body. */
        CENTRAL,
        /** Another letter. */
        OTHER
    }

    private record Mapping(String gsoCode, boolean published) {}

    /**
     * Validates the code.
     *
     * @throws InvalidValueException naming the position of the first wrong character
     *
     * @param value the {@code value} component
     */
    public AgencyCode {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /**
     * Parses a code, ignoring surrounding spaces and the case of the letter.
     *
     * @param text the code
     * @return the code
     * @throws InvalidValueException if it is not {@code DDD.DD.DD.LDD}
     */
    public static AgencyCode parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (t.length() == 13) {
            t = t.substring(0, 10) + Character.toUpperCase(t.charAt(10)) + t.substring(11);
        }
        return new AgencyCode(t);
    }

    /**
     * Tells whether {@code text} parses.
     *
     * @param text the candidate
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static void validate(String v) {
        String pattern = "ddd.dd.dd.Ldd";
        for (int i = 0; i < Math.min(v.length(), pattern.length()); i++) {
            char p = pattern.charAt(i);
            char c = v.charAt(i);
            boolean ok = p == 'd' ? c >= '0' && c <= '9' : p == 'L' ? c >= 'A' && c <= 'Z' : c == p;
            if (!ok) {
                String expected = p == 'd' ? "a digit" : p == 'L' ? "an upper-case letter" : "'.'";
                throw new InvalidValueException(
                        TYPE, i, "expected " + expected + " (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57)");
            }
        }
        if (v.length() != pattern.length()) {
            throw new InvalidValueException(
                    TYPE, -1, "expected 13 characters (DDD.DD.DD.LDD, e.g. 000.00.00.H57), got " + v.length());
        }
    }

    /**
     * The level-1 code.
     *
     * @return such as {@code H57}
     */
    public String level1() {
        return value.substring(10);
    }

    /**
     * The level-2 group.
     *
     * @return two digits, {@code 00} when the code names a level-1 body
     */
    public String level2() {
        return value.substring(7, 9);
    }

    /**
     * The level-3 group.
     *
     * @return two digits, {@code 00} when the code names a body at level 2 or above
     */
    public String level3() {
        return value.substring(4, 6);
    }

    /**
     * The level-4 group.
     *
     * @return three digits, {@code 000} when the code names a body at level 3 or above
     */
    public String level4() {
        return value.substring(0, 3);
    }

    /**
     * The level of the body this code names: 1 for {@code 000.00.00.H57}, 2 for {@code
     * 000.00.53.H48}, 4 for {@code 001.00.10.H47}.
     *
     * @return 1 to 4
     */
    public int level() {
        if (!"000".equals(level4())) {
            return 4;
        }
        if (!"00".equals(level3())) {
            return 3;
        }
        return "00".equals(level2()) ? 1 : 2;
    }

    /**
     * The code of the body directly above: zeroes the lowest non-zero group.
     *
     * @return the parent, or empty for a level-1 body
     */
    public Optional<AgencyCode> parent() {
        switch (level()) {
            case 4:
                return Optional.of(new AgencyCode("000" + value.substring(3)));
            case 3:
                return Optional.of(new AgencyCode(value.substring(0, 4) + "00" + value.substring(6)));
            case 2:
                return Optional.of(new AgencyCode(value.substring(0, 7) + "00" + value.substring(9)));
            default:
                return Optional.empty();
        }
    }

    /**
     * The kind of level-1 body.
     *
     * @return from the letter of the level-1 code
     */
    public BodyType bodyType() {
        switch (value.charAt(10)) {
            case 'H':
                return BodyType.PROVINCIAL_PEOPLES_COMMITTEE;
            case 'K':
                return BodyType.PROVINCIAL_PEOPLES_COUNCIL;
            case 'G':
                return BodyType.CENTRAL;
            default:
                return BodyType.OTHER;
        }
    }

    /**
     * The province of a provincial body ({@code H} or {@code K}), as it stood before 1 July 2025.
     *
     * @return the province, or empty for central bodies and for level-1 codes whose province is not
     *     known
     */
    public Optional<Province> province() {
        return mapping().flatMap(m -> AdministrativeUnits.standard().byCode(Era.PRE_2025, m.gsoCode()));
    }

    /**
     * Whether {@link #province()} comes from a published list rather than from the alphabetical
     * order of province names.
     *
     * @return {@code true} if published; {@code false} if inferred or unknown
     */
    public boolean provinceMappingPublished() {
        return mapping().map(Mapping::published).orElse(false);
    }

    private Optional<Mapping> mapping() {
        BodyType type = bodyType();
        if (type != BodyType.PROVINCIAL_PEOPLES_COMMITTEE && type != BodyType.PROVINCIAL_PEOPLES_COUNCIL) {
            return Optional.empty();
        }
        return Optional.ofNullable(LEVEL1.get(value.substring(11)));
    }

    @Override
    public String toString() {
        return value;
    }

    private static Map<String, Mapping> loadLevel1() {
        Map<String, Mapping> map = new HashMap<>();
        String resource = "agency-level1.csv";
        try (InputStream in = AgencyCode.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                map.put(f[0], new Mapping(f[1], "published".equals(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Collections.unmodifiableMap(map);
    }
}
