package vn.smartcity.card.access;

/** Which access-control protocol to run. */
public enum ProtocolChoice {
    /**
     * PACE when EF.CardAccess offers a supported PACEInfo, BAC otherwise or when the chip refuses
     * PACE (not when it refuses the key).
     */
    AUTO,
    /** PACE only: fail if the chip does not offer or refuses it. */
    PACE,
    /** BAC only (needs the MRZ data). */
    BAC
}
