package vn.smartcity.iot;

/** Which kind of value an {@link ObservationView} holds. */
public enum ValueType {
    /** A number: {@link ObservationView#number()}. */
    NUMBER,
    /** A string: {@link ObservationView#text()}. */
    TEXT,
    /** A boolean: {@link ObservationView#bool()}. */
    BOOL,
    /** Bytes: {@link ObservationView#data()}. */
    DATA,
    /** No value; the record carries only a sum. */
    NONE
}
