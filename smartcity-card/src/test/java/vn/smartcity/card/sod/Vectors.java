package vn.smartcity.card.sod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the hex test vectors under {@code /vectors/sod/}: lines starting with {@code #} name the
 * source, a line {@code [name]} starts a section, other lines are hex.
 */
public final class Vectors {

    private Vectors() {}

    /** The hex of a file without sections. */
    public static byte[] bytes(String file) {
        return sections(file).get("");
    }

    /** The sections of a file, by name ({@code ""} for hex before any section line). */
    public static Map<String, byte[]> sections(String file) {
        String text;
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/sod/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> hex = new LinkedHashMap<>();
        String section = "";
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                section = trimmed.substring(1, trimmed.length() - 1);
                continue;
            }
            hex.computeIfAbsent(section, key -> new StringBuilder()).append(trimmed);
        }
        Map<String, byte[]> result = new LinkedHashMap<>();
        hex.forEach((name, digits) -> result.put(name, HexFormat.of().parseHex(digits)));
        return result;
    }
}
