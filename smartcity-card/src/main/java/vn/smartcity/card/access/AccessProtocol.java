package vn.smartcity.card.access;

/** The access-control protocol that opened the chip (ICAO Doc 9303 Part 11, section 4). */
public enum AccessProtocol {
    /** Password Authenticated Connection Establishment (section 4.4). */
    PACE,
    /** Basic Access Control (section 4.3). */
    BAC
}
