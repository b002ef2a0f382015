package vn.smartcity.iot.aqi;

import java.util.List;
import java.util.Objects;

/**
 * The answer of an index calculation: an index, or a clear statement that the data do not allow
 * one. An index is never made up from missing data.
 */
public sealed interface AqiResult permits AqiResult.Index, AqiResult.NotEnoughData {

    /**
     * The standard that produced the answer.
     *
     * @return {@code VN_AQI} or {@code US_EPA_AQI}
     */
    String standard();

    /**
     * An index.
     *
     * @param standard the standard
     * @param aqi the index, rounded to an integer
     * @param category the band it falls in
     * @param dominant the pollutant with the highest sub-index
     * @param subIndices every sub-index that could be computed, highest first
     */
    record Index(String standard, int aqi, Category category, Pollutant dominant, List<SubIndex> subIndices)
            implements AqiResult {
        /**
         * Validates and copies the components.
         *
         * @param aqi the {@code aqi} component
         * @param category the {@code category} component
         * @param dominant the {@code dominant} component
         * @param standard the {@code standard} component
         * @param subIndices the {@code subIndices} component
         */
        public Index {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(dominant, "dominant");
            subIndices = List.copyOf(subIndices);
        }
    }

    /**
     * No index: the data were missing or too sparse.
     *
     * @param standard the standard
     * @param reason what is missing, as a sentence
     */
    record NotEnoughData(String standard, String reason) implements AqiResult {
        /**
         * Validates the components.
         *
         * @param reason the {@code reason} component
         * @param standard the {@code standard} component
         */
        public NotEnoughData {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
