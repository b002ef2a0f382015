package vn.smartcity.egov.open311;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a GeoReport v2 document cannot be read: it is not well-formed XML or JSON, it carries
 * a DTD (refused, see {@link GeoReportReader}), or a field has a value of the wrong kind (a latitude
 * that is not a number, a date that is not a W3C date-time). The message names the field by its
 * path, such as {@code service_requests.request[1].lat}, and never repeats free text such as a
 * description, a name or an e-mail address: it is safe to log.
 */
public final class GeoReportFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;

    /**
     * Creates an exception.
     *
     * @param where the path of the field or the position in the document, such as {@code
     *     services.service[0].metadata} or {@code line 3, column 7}
     * @param message what was wrong or expected
     */
    public GeoReportFormatException(String where, String message) {
        super("GeoReport document, at " + Objects.requireNonNull(where, "where") + ": "
                + Objects.requireNonNull(message, "message"));
        this.where = where;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param where the path of the field or the position in the document
     * @param message what was wrong or expected
     * @param cause the underlying problem
     */
    public GeoReportFormatException(String where, String message, @Nullable Throwable cause) {
        this(where, message);
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * Where in the document the problem is.
     *
     * @return a field path such as {@code service_requests.request[1].lat}, or a line and column
     */
    public String where() {
        return where;
    }
}
