package vn.smartcity.testkit;

/**
 * A made-up citizen whose card sources agree with each other: number 001195012345 (Hà Nội,
 * female, born 1995), Nguyễn Thị Mậu, born 4 March 1995, card valid until 4 March 2035. No real
 * person has these data; use them in tests and demonstrations, never in production.
 */
public final class SampleCitizen {

    /** The 12-digit personal identification number. */
    public static final String ID_NUMBER = "001195012345";

    /** The TD1 machine-readable zone printed on the back of the card (check digits computed). */
    public static final String MRZ =
            "IDVNM1950123452001195012345<<3\n" + "9503043F3503041VNM<<<<<<<<<<<6\n" + "NGUYEN<<THI<MAU<<<<<<<<<<<<<<<";

    /** The text of the QR code on the card. */
    public static final String QR =
            ID_NUMBER + "||Nguyễn Thị Mậu|04031995|Nữ|5 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội|01072021";

    private SampleCitizen() {}
}
