package vn.smartcity.egov.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and personal data from text that is about to be logged or put into an exception
 * message: header values, URL query parameters, JSON and form bodies, free text.
 *
 * <ul>
 *   <li>Headers, query parameters, JSON members and form fields whose name says they hold a
 *       secret or an identity (authorization, cookie, token, secret, password, session, key,
 *       signature, hash, user id, ID number, name, phone, e-mail, address, the DVCQG owner fields)
 *       have their value replaced by {@value #REDACTED}.
 *   <li>Every run of nine or more digits anywhere (ID numbers, old ID card numbers, account and
 *       phone numbers) keeps its first three and last two digits: {@code 001*******45}.
 * </ul>
 */
public final class Redactor {

    /** What replaces a redacted value. */
    public static final String REDACTED = "[redacted]";

    /** Name fragments (lower case) that mark a value as secret or personal. */
    private static final String[] SENSITIVE_FRAGMENTS = {
        "authorization",
        "cookie",
        "token",
        "secret",
        "password",
        "passwd",
        "matkhau",
        "session",
        "apikey",
        "api_key",
        "api-key",
        "accesskey",
        "access_key",
        "access-key",
        "privatekey",
        "private_key",
        "signature",
        "securehash",
        "checksum",
        "hash",
        "maxacthuc",
        "userid",
        "user-id",
        "username",
        "cmnd",
        "cccd",
        "dinhdanh",
        "hochieu",
        "passport",
        "madoituong",
        "chuhoso",
        "hoten",
        "fullname",
        "full_name",
        "first_name",
        "last_name",
        "nguoinop",
        "nguoixuly",
        "email",
        "phone",
        "dienthoai",
        "diachi",
        "address",
        "device_id"
    };

    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{9,}");

    /**
     * A JSON member with a string, number, boolean or null value; a string cut off at the end of
     * the text (a truncated body) counts too.
     */
    private static final Pattern JSON_MEMBER = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){1,128}+)\"(\\s*:\\s*)"
            + "(\"(?:[^\"\\\\]|\\\\.)*+(?:\"|\\\\?\\z)|-?[0-9][0-9.eE+-]*|true|false|null)");

    /** A form or query field. */
    private static final Pattern FORM_FIELD = Pattern.compile("(^|[&?])([^=&?]{1,128})=([^&]*)");

    private Redactor() {}

    /**
     * Tells whether a header, parameter or member of this name holds a secret or personal data.
     *
     * @param name the name, in any case
     * @return {@code true} if its value must not be logged
     */
    public static boolean isSensitiveName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if ("token_type".equals(n)) {
            return false;
        }
        for (String fragment : SENSITIVE_FRAGMENTS) {
            if (n.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header value as it may be logged.
     *
     * @param name the header name
     * @param value the header value
     * @return {@value #REDACTED} for sensitive headers, otherwise the value with long digit runs
     *     masked
     */
    public static String header(String name, String value) {
        return isSensitiveName(name) ? REDACTED : maskDigits(value);
    }

    /**
     * A JSON text as it may be logged: sensitive members' values replaced, digit runs masked.
     *
     * @param json the JSON text (need not be valid)
     * @return the redacted text
     */
    public static String json(String json) {
        Matcher m = JSON_MEMBER.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        while (m.find()) {
            String replacement = isSensitiveName(m.group(1))
                    ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + REDACTED + "\""
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return maskDigits(out.toString());
    }

    /**
     * A form body or query string as it may be logged: sensitive fields' values replaced, digit
     * runs masked.
     *
     * @param form the {@code application/x-www-form-urlencoded} text
     * @return the redacted text
     */
    public static String form(String form) {
        Matcher m = FORM_FIELD.matcher(form);
        StringBuilder out = new StringBuilder(form.length());
        while (m.find()) {
            String replacement = isSensitiveName(m.group(2)) ? m.group(1) + m.group(2) + "=" + REDACTED : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return maskDigits(out.toString());
    }

    /**
     * Any text as it may be logged, guessing its format: JSON members and form fields with
     * sensitive names are redacted, digit runs masked.
     *
     * @param text the text
     * @return the redacted text
     */
    public static String body(String text) {
        String t = text.stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) {
            return json(text);
        }
        if (t.startsWith("<")) {
            return maskDigits(text);
        }
        return form(text);
    }

    /**
     * Masks every run of nine or more digits, keeping its first three and last two digits.
     *
     * @param text the text
     * @return the masked text
     */
    public static String maskDigits(String text) {
        Matcher m = LONG_DIGITS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String digits = m.group();
            m.appendReplacement(
                    out,
                    digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A service's free text made safe for a log line or exception message: digit runs masked,
     * control characters replaced by spaces, at most {@code max} characters.
     *
     * @param text the text
     * @param max the longest result, before the ellipsis
     * @return the safe text
     */
    public static String safeText(String text, int max) {
        String masked = maskDigits(text);
        String t = masked.length() > max ? masked.substring(0, max) + "…" : masked;
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
