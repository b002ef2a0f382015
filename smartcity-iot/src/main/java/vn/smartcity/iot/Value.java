package vn.smartcity.iot;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The value of an observation: a number, a string, a boolean or bytes (SenML {@code v}, {@code
 * vs}, {@code vb}, {@code vd}).
 */
public sealed interface Value permits Value.Number, Value.Text, Value.Bool, Value.Data {

    /**
     * A number.
     *
     * @param value the number
     * @return the value
     */
    static Value of(double value) {
        return new Number(value);
    }

    /**
     * A string.
     *
     * @param value the string
     * @return the value
     */
    static Value of(String value) {
        return new Text(value);
    }

    /**
     * A boolean.
     *
     * @param value the boolean
     * @return the value
     */
    static Value of(boolean value) {
        return new Bool(value);
    }

    /**
     * Bytes (copied).
     *
     * @param value the bytes
     * @return the value
     */
    static Value of(byte[] value) {
        return new Data(value);
    }

    /**
     * A numeric value.
     *
     * @param value the number (finite, or NaN where a protocol reports "no value")
     */
    record Number(double value) implements Value {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * A string value.
     *
     * @param value the string
     */
    record Text(String value) implements Value {
        /**
         * Validates the component.
         *
         * @param value the {@code value} component
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * A boolean value.
     *
     * @param value the boolean
     */
    record Bool(boolean value) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A data value. The array is copied in and out: the value is immutable.
     *
     * @param value the bytes
     */
    record Data(byte[] value) implements Value {
        /**
         * Copies the bytes.
         *
         * @param value the {@code value} component
         */
        public Data {
            value = value.clone();
        }

        /**
         * A copy of the bytes.
         *
         * @return the bytes
         */
        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Data d && Arrays.equals(value, d.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        /**
         * The bytes in base64url without padding, as SenML writes {@code vd}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        }
    }
}
