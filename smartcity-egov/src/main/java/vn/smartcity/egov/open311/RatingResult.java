package vn.smartcity.egov.open311;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of rating an answer (an SDK extension, see {@link Open311Client#rate(String,
 * Rating)}): recorded, or not supported by this server, which is an answer and not an error.
 */
public sealed interface RatingResult permits RatingResult.Recorded, RatingResult.NotSupported {

    /**
     * Whether the server took the rating.
     *
     * @return {@code true} for {@link Recorded}
     */
    boolean isRecorded();

    /**
     * The server recorded the rating.
     *
     * @param serviceRequestId the request rated
     * @param score the score it recorded
     * @param ratedAt when it recorded it, or {@code null} if it did not say
     */
    record Recorded(
            String serviceRequestId, int score, @Nullable OffsetDateTime ratedAt) implements RatingResult {
        /**
         * Checks the components.
         *
         * @param serviceRequestId the {@code serviceRequestId} component
         * @param score the {@code score} component
         * @param ratedAt the {@code ratedAt} component
         */
        public Recorded {
            Objects.requireNonNull(serviceRequestId, "serviceRequestId");
        }

        @Override
        public boolean isRecorded() {
            return true;
        }
    }

    /**
     * The server does not implement the rating extension: it answered the rating resource with
     * HTTP 400, 404, 405 or 501 and none of the extension's own error codes.
     *
     * @param httpStatus the HTTP status it answered
     * @param reason why, for people: the server's error description, or a sentence saying the
     *     extension is not supported by this server
     */
    record NotSupported(int httpStatus, String reason) implements RatingResult {
        /**
         * Checks the components.
         *
         * @param httpStatus the {@code httpStatus} component
         * @param reason the {@code reason} component
         */
        public NotSupported {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isRecorded() {
            return false;
        }
    }
}
