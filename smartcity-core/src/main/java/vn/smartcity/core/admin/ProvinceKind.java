package vn.smartcity.core.admin;

/** Whether a provincial-level unit is a province or a centrally-run city. */
public enum ProvinceKind {
    /** A province (tỉnh). */
    PROVINCE("Tỉnh"),
    /** A centrally-run city (thành phố trực thuộc trung ương). */
    CITY("Thành phố");

    private final String prefix;

    ProvinceKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The word written before the name in official use.
     *
     * @return {@code Tỉnh} or {@code Thành phố}
     */
    public String prefix() {
        return prefix;
    }
}
