package vn.smartcity.examples;

import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * At a one-stop-shop counter: check the ID number a citizen wrote on a form before a dossier is
 * accepted, and route it to the province as it is now.
 *
 * <pre>
 * java -cp ... vn.smartcity.examples.CheckCitizenId 049190000123
 * </pre>
 */
public final class CheckCitizenId {

    private CheckCitizenId() {}

    /**
     * Checks each argument.
     *
     * @param args ID numbers
     */
    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(describe(arg));
        }
    }

    /**
     * What a counter clerk needs to know about one number.
     *
     * @param typed the number as written on the form
     * @return one line, with the number masked
     */
    static String describe(String typed) {
        try {
            PersonalIdNumber id = PersonalIdNumber.parse(typed);
            String place = id.province()
                    .map(p -> p.fullName() + " -> now "
                            + AdministrativeUnits.standard()
                                    .successor(p)
                                    .orElseThrow()
                                    .fullName())
                    .orElse("abroad (country code " + id.placeCode() + ")");
            return id + ": " + id.gender() + ", born " + id.birthYear() + ", registered in " + place;
        } catch (InvalidValueException e) {
            // The message says what is wrong and where, without repeating the number.
            return "rejected: " + e.getMessage();
        }
    }
}
