package vn.smartcity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads a command's input bytes from {@code --hex}, {@code --file} or standard input. */
final class Inputs {

    /** Bytes and the name they came under (a file name, for codecs that read it). */
    record Input(byte[] bytes, @Nullable String name) {}

    private Inputs() {}

    static Input read(@Nullable String hex, @Nullable Path file, boolean stdin, InputStream in) {
        int given = (hex != null ? 1 : 0) + (file != null ? 1 : 0) + (stdin ? 1 : 0);
        if (given != 1) {
            throw new SmartCity.InputError("give exactly one input: --hex HEX, --file PATH or - for standard input");
        }
        if (hex != null) {
            return new Input(hex(hex), null);
        }
        try {
            if (file != null) {
                return new Input(Files.readAllBytes(file), file.getFileName().toString());
            }
            return new Input(in.readAllBytes(), null);
        } catch (NoSuchFileException e) {
            throw new SmartCity.InputError("no such file: " + file);
        } catch (IOException e) {
            throw new SmartCity.InputError(
                    "cannot read " + (file == null ? "standard input" : file) + ": " + e.getMessage());
        }
    }

    /** Hex digits, with spaces, colons or dashes between bytes allowed. */
    static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2 + 1];
        int n = 0;
        int high = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == ':' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
                if (high >= 0) {
                    throw new SmartCity.InputError("--hex: odd number of hex digits before position " + i);
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) {
                throw new SmartCity.InputError("--hex: '" + c + "' at position " + i + " is not a hex digit");
            }
            if (high < 0) {
                high = d;
            } else {
                out[n++] = (byte) ((high << 4) | d);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new SmartCity.InputError("--hex: odd number of hex digits");
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static String toHex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return s.toString();
    }
}
