package vn.smartcity.examples;

import java.util.List;
import java.util.stream.Collectors;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Province;

/**
 * For a province IT team migrating records after the 1 July 2025 merger: map the province names
 * an old database holds, however they were typed, to the units in force now.
 */
public final class FindProvince {

    private FindProvince() {}

    /**
     * Maps each argument.
     *
     * @param args province names or codes as an old system stored them
     */
    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg + " -> " + migrate(arg));
        }
    }

    /**
     * The current province for an old name or code.
     *
     * @param old the stored name or code
     * @return {@code CODE Name}, or a note that nothing matched
     */
    static String migrate(String old) {
        AdministrativeUnits units = AdministrativeUnits.standard();
        return units.find(old)
                .map(p -> units.successor(p).orElse(p))
                .map(p -> p.code() + " " + p.fullName())
                .orElse("no match; check the spelling");
    }

    /**
     * The old provinces a current one was formed from.
     *
     * @param current the current province's name or code
     * @return their names
     */
    static List<String> formedFrom(String current) {
        AdministrativeUnits units = AdministrativeUnits.standard();
        Province p = units.find(current).orElseThrow();
        return units.predecessors(p).stream().map(Province::name).collect(Collectors.toList());
    }
}
