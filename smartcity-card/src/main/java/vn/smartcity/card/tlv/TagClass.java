package vn.smartcity.card.tlv;

/** The class of a BER tag: bits 8 and 7 of its first byte (X.690 section 8.1.2.2, Table 1). */
public enum TagClass {
    /** {@code 00xxxxxx}: ASN.1 universal types such as SEQUENCE ({@code 30}). */
    UNIVERSAL,
    /** {@code 01xxxxxx}: application tags such as the LDS data groups ({@code 61}, {@code 75}). */
    APPLICATION,
    /** {@code 10xxxxxx}: context-specific tags such as {@code A1} or {@code 80}. */
    CONTEXT_SPECIFIC,
    /** {@code 11xxxxxx}: private tags. */
    PRIVATE;

    static TagClass of(int firstTagByte) {
        return values()[(firstTagByte >> 6) & 0x03];
    }
}
