package vn.smartcity.egov.open311;

import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;

/**
 * A citizen's rating of how a request was answered, as Huế-S and other Vietnamese citizen apps
 * collect it. <strong>An extension of this SDK, not part of GeoReport v2</strong>: see {@link
 * Open311Client#rate(String, Rating)}.
 *
 * @param score from 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment the citizen's words, at most 4,000 characters, or {@code null}
 */
public record Rating(int score, @Nullable String comment) {

    /** The longest comment, the limit GeoReport v2 sets for a description. */
    public static final int MAX_COMMENT_LENGTH = 4000;

    /**
     * Checks the components.
     *
     * @param score the {@code score} component
     * @param comment the {@code comment} component
     * @throws InvalidValueException if the score is not 1 to 5 or the comment is too long
     */
    public Rating {
        if (score < 1 || score > 5) {
            throw new InvalidValueException("Rating", -1, "score must be 1 to 5, got " + score);
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidValueException(
                    "Rating", -1, "comment is longer than " + MAX_COMMENT_LENGTH + " characters");
        }
    }

    /**
     * A rating without a comment.
     *
     * @param score from 1 to 5
     * @return the rating
     */
    public static Rating of(int score) {
        return new Rating(score, null);
    }

    /**
     * The rating without the citizen's comment.
     *
     * @return such as {@code Rating[score=5]}
     */
    @Override
    public String toString() {
        return "Rating[score=" + score + "]";
    }
}
