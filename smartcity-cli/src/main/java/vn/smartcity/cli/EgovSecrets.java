package vn.smartcity.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where the egov commands read passwords, keys and other values from: {@code env:NAME} (an
 * environment variable), {@code @FILE} (a file's content, one trailing line break dropped) or, for
 * values that are not secret, the text itself. A secret given as plain text is refused, so keys never
 * sit in shell history or the process list; no message ever holds a value.
 */
final class EgovSecrets {

    /** The largest file read as a value. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private final UnaryOperator<@Nullable String> environment;

    private EgovSecrets(UnaryOperator<@Nullable String> environment) {
        this.environment = environment;
    }

    /** Values from the process's environment and files. */
    static EgovSecrets system() {
        return new EgovSecrets(System::getenv);
    }

    /** Values from a given environment (tests). */
    static EgovSecrets withEnvironment(UnaryOperator<@Nullable String> environment) {
        return new EgovSecrets(environment);
    }

    /** An environment variable, or {@code null} when it is not set or empty. */
    @Nullable
    String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Reads a value.
     *
     * @param source {@code env:NAME}, {@code @FILE}, or the value itself when not secret
     * @param what what the value is, for messages ({@code --password}, {@code setting hashSecret})
     * @param secret whether plain text is refused
     * @return the value
     * @throws SmartCity.InputError if the variable is unset, the file unreadable, or a secret given
     *     as plain text
     */
    String resolve(String source, String what, boolean secret) {
        if (source.startsWith("env:")) {
            String name = source.substring(4);
            if (name.isEmpty()) {
                throw new SmartCity.InputError(what + ": env: needs a variable name, as in env:SMARTCITY_SECRET");
            }
            String value = variable(name);
            if (value == null) {
                throw new SmartCity.InputError(what + ": environment variable " + name + " is not set");
            }
            return value;
        }
        if (source.startsWith("@")) {
            return file(Path.of(source.substring(1)), what);
        }
        if (secret) {
            throw new SmartCity.InputError(
                    what + " is secret: give it as env:NAME or @FILE, never as text on the command line");
        }
        return source;
    }

    private static String file(Path path, String what) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new SmartCity.InputError(what + ": " + path + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SmartCity.InputError(what + ": no such file: " + path);
        } catch (IOException e) {
            throw new SmartCity.InputError(
                    what + ": cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SmartCity.InputError(what + ": " + path + " is not UTF-8 text");
        }
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
