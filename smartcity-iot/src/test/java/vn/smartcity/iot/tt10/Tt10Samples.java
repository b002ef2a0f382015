package vn.smartcity.iot.tt10;

/**
 * A station file with up to 25 parameters: the symbols of Circular 10/2021/TT-BTNMT Appendix 15
 * Table 34 (as listed by quytttb/data-logger {@code src/utils/tt10/SensorSymbolCatalog.h}) with
 * plausible units and values, all measured at 08:30:00 on 2024-01-01, status 00, lines ending in
 * CR LF, numbers in the encoder's canonical form.
 */
final class Tt10Samples {

    private static final String[][] PARAMETERS = {
        {"Flow", "125.4", "m3/h"},
        {"Temp", "29.8", "oC"},
        {"Color", "12", "Pt-Co"},
        {"pH", "7.21", "-"},
        {"TSS", "35.6", "mg/L"},
        {"COD", "48.2", "mg/L"},
        {"NH4", "1.25", "mg/L"},
        {"TP", "0.84", "mg/L"},
        {"TN", "12.6", "mg/L"},
        {"TOC", "20.1", "mg/L"},
        {"Cl", "0.35", "mg/L"},
        {"RH", "78.5", "%"},
        {"P", "101.3", "kPa"},
        {"NO", "45.2", "mg/Nm3"},
        {"NO2", "12.7", "mg/Nm3"},
        {"CO", "85.3", "mg/Nm3"},
        {"SO2", "120.4", "mg/Nm3"},
        {"O2", "10.5", "%"},
        {"H2S", "0.02", "mg/Nm3"},
        {"NH3", "1.8", "mg/Nm3"},
        {"VHg", "0.005", "ug/Nm3"},
        {"PM", "25.6", "mg/Nm3"},
        {"O3", "60.2", "ug/m3"},
        {"PM10", "48.1", "ug/m3"},
        {"PM2,5", "25.4", "ug/m3"},
    };

    private Tt10Samples() {}

    /**
     * The file's text.
     *
     * @param parameters how many of the 25 parameters, from the first
     * @return the text
     */
    static String stationFile(int parameters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parameters; i++) {
            String[] p = PARAMETERS[i];
            out.append(p[0]).append('\t').append(p[1]).append('\t').append(p[2]).append("\t20240101083000\t00\r\n");
        }
        return out.toString();
    }

    /**
     * The sum of the values of the first parameters.
     *
     * @param parameters how many
     * @return the sum
     */
    static double sum(int parameters) {
        double sum = 0;
        for (int i = 0; i < parameters; i++) {
            sum += Double.parseDouble(PARAMETERS[i][1]);
        }
        return sum;
    }
}
