package vn.smartcity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every example so that none can rot. */
class ExamplesTest {

    private static String captureMain(Runnable main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkCitizenId() {
        String out = captureMain(() -> CheckCitizenId.main(new String[] {"049190000123", "04919000012"}));
        List<String> lines = out.lines().toList();
        assertEquals(
                "049*******23: FEMALE, born 1990, registered in Tỉnh Quảng Nam -> now Thành phố Đà Nẵng", lines.get(0));
        assertEquals("rejected: PersonalIdNumber: expected 12 digits, got 11", lines.get(1));
    }

    @Test
    void findProvince() {
        String out = captureMain(() -> FindProvince.main(new String[] {"Tỉnh Kon Tum", "TP. Huế", "Atlantis"}));
        assertEquals(
                List.of(
                        "Tỉnh Kon Tum -> 51 Tỉnh Quảng Ngãi",
                        "TP. Huế -> 46 Thành phố Huế",
                        "Atlantis -> no match; check the spelling"),
                out.lines().toList());
        assertTrue(FindProvince.formedFrom("ninh binh").containsAll(List.of("Ninh Bình", "Hà Nam", "Nam Định")));
    }

    @Test
    void stationFeedAqi() {
        String out = captureMain(() -> StationFeedAqi.main(new String[0]));
        // The sample day's 24-hour PM2.5 mean gives the daily index; its evening peak does not
        // dominate a day that is mostly clean.
        assertEquals(
                "VN_AQI 83 (Trung bình), dominant PM2.5; urn:ngsi-ld:AirQualityObserved:QN-CAMPHA-01-2025-10-31T17:00:00Z",
                out.strip());
    }
}
