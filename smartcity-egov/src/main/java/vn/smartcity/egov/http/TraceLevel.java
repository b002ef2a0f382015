package vn.smartcity.egov.http;

/** How much of each exchange the client traces; secrets and personal data are always redacted. */
public enum TraceLevel {
    /** Nothing. */
    NONE,
    /** The request line, the status, the duration and the request id. */
    BASIC,
    /** {@link #BASIC} and the headers, sensitive values redacted. */
    HEADERS,
    /** {@link #HEADERS} and text bodies up to 4 KiB, sensitive members redacted, digit runs masked. */
    BODY
}
