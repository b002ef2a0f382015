package vn.smartcity.core.admin;

import java.util.Optional;
import vn.smartcity.core.internal.VietnameseText;

/** The level of an administrative unit, as the statistics office names it in its lists. */
public enum UnitLevel {
    /** Tỉnh. */
    PROVINCE("Tỉnh"),
    /** Thành phố trực thuộc trung ương. */
    CENTRAL_CITY("Thành phố Trung ương"),
    /** Huyện (district; abolished on 1 July 2025). */
    DISTRICT("Huyện"),
    /** Quận (urban district; abolished on 1 July 2025). */
    URBAN_DISTRICT("Quận"),
    /** Thị xã (town; abolished on 1 July 2025). */
    TOWN("Thị xã"),
    /** Thành phố thuộc tỉnh (provincial city; abolished on 1 July 2025). */
    PROVINCIAL_CITY("Thành phố"),
    /** Xã. */
    COMMUNE("Xã"),
    /** Phường. */
    WARD("Phường"),
    /** Thị trấn (commune-level township; abolished on 1 July 2025). */
    TOWNSHIP("Thị trấn"),
    /** Đặc khu (special zone, from 1 July 2025). */
    SPECIAL_ZONE("Đặc khu");

    private final String vietnamese;

    UnitLevel(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /**
     * The level's name in the statistics office's lists.
     *
     * @return such as {@code Phường}
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Whether this is the provincial level.
     *
     * @return {@code true} for provinces and centrally-run cities
     */
    public boolean isProvincial() {
        return this == PROVINCE || this == CENTRAL_CITY;
    }

    /**
     * Whether this is the commune level.
     *
     * @return {@code true} for communes, wards, townships and special zones
     */
    public boolean isCommunal() {
        return this == COMMUNE || this == WARD || this == TOWNSHIP || this == SPECIAL_ZONE;
    }

    /**
     * Reads a level as written in a list ({@code "Phường"}, {@code "phuong"}, {@code "Thành phố
     * Trung ương"}), or the constant's name.
     *
     * @param text the level's name
     * @return the level, or empty if the text names none
     */
    public static Optional<UnitLevel> parse(String text) {
        String folded = VietnameseText.fold(text);
        for (UnitLevel level : values()) {
            if (folded.equals(VietnameseText.fold(level.vietnamese))
                    || folded.equals(VietnameseText.fold(level.name()))) {
                return Optional.of(level);
            }
        }
        if (folded.equals("thanh pho truc thuoc trung uong") || folded.equals("tp trung uong")) {
            return Optional.of(CENTRAL_CITY);
        }
        if (folded.equals("thanh pho thuoc tinh")) {
            return Optional.of(PROVINCIAL_CITY);
        }
        return Optional.empty();
    }
}
