package vn.smartcity.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.money.VndAmount;

/**
 * The setting of the demo's day: inputs, not results. The day is a working Monday in Huế, the
 * city the sandbox's DVCQG agency and Open311 jurisdiction belong to. Stations, places and people
 * other than the sample citizen are synthetic.
 */
final class DemoDay {

    private DemoDay() {}

    /** The day: a Monday, so the counter is open. */
    static final LocalDate DAY = LocalDate.of(2025, 11, 3);

    /** Việt Nam's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** When the citizen's card goes on the counter's reader. */
    static final LocalTime CARD_READ = LocalTime.of(8, 10);

    /** Her procedure: Đăng ký thường trú (permanent residence), national code 1.004222. */
    static final String PROCEDURE = "1.004222";

    /** Its fee at the counter: 20.000 đ per registration (Circular 75/2022/TT-BTC). */
    static final VndAmount FEE = VndAmount.of(20_000);

    /** The air station (synthetic) whose data logger sends HJ 212 over TCP. */
    static final String AIR_STATION = "HUE-AQ-01";

    /** Where it stands, in the city centre (synthetic). */
    static final GeoPoint AIR_STATION_AT = GeoPoint.of(16.4637, 107.5909);

    /** The wastewater station (synthetic) that files TT 10/2021 text files: province, facility, station. */
    static final String[] WATER_STATION = {"HUE", "PHUBAI", "NT01"};

    /** The hour of its file. */
    static final LocalTime WATER_HOUR = LocalTime.of(9, 0);

    /** VN_AQI above this raises an alert: the top of "Kém" (Decision 1459/QĐ-TCMT). */
    static final int ALERT_ABOVE = 150;

    /** The Open311 service field inspectors file air-pollution reports under. */
    static final String AIR_POLLUTION_SERVICE = "005";

    /** The clock at the start of the day. */
    static DemoClock clock() {
        return new DemoClock(DAY.atStartOfDay(), ZONE);
    }

    static LocalDateTime at(LocalTime time) {
        return DAY.atTime(time);
    }
}
