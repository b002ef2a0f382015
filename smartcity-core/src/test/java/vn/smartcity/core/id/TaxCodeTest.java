package vn.smartcity.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;

/**
 * Check digit per Circular 105/2020/TT-BTC Annex 1 (weights 31, 29, 23, 19, 17, 13, 7, 5, 3;
 * N10 = 10 - S mod 11), as implemented by python-stdnum {@code stdnum/vn/mst.py}.
 */
class TaxCodeTest {

    @Test
    void everyPublishedCodeCollectedByPythonStdnumValidates() throws IOException {
        List<String> codes;
        try (InputStream in = TaxCodeTest.class.getResourceAsStream("/vectors/tax-codes-published.txt")) {
            codes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        }
        assertEquals(161, codes.size());
        List<String> rejected = codes.stream().filter(c -> !TaxCode.isValid(c)).collect(Collectors.toList());
        assertEquals(List.of(), rejected);
    }

    /** Well-known companies' codes as printed on their own sites and invoices. */
    @ParameterizedTest
    @CsvSource({
        "0100107518, Vietnam Airlines",
        "0100109106, Viettel",
        "0101248141, FPT",
        "0300588569, Vinamilk",
        "0100684378, VNPT",
        "0100686209, MobiFone",
    })
    void companiesCodes(String code, String company) {
        TaxCode tax = TaxCode.parse(code);
        assertEquals(TaxCode.Kind.ENTERPRISE, tax.kind(), company);
        assertEquals(code, tax.toString());
    }

    @Test
    void checkDigitOfTheCircularsWorkedExample() {
        // vn-toolkit conformance mstCheckDigit-001: prefix 010004751 -> 6.
        assertEquals(6, TaxCode.checkDigit("010004751"));
    }

    @Test
    void remainderTenGivesCheckDigitZero() {
        // 0100233488 (python-stdnum corner cases) and Petrolimex 0100107370: S mod 11 = 10.
        assertEquals(0, TaxCode.checkDigit("010010737"));
        assertTrue(TaxCode.isValid("0100107370"));
    }

    @Test
    void remainderZeroPrefixesAreNeverIssued() {
        // Weighted sum 29*1 + 5*1 + 3*7 = 55, divisible by 11: the check digit would have to be 10.
        String prefix = "010000017";
        int sum = 0;
        int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int i = 0; i < 9; i++) {
            sum += w[i] * (prefix.charAt(i) - '0');
        }
        assertEquals(0, sum % 11, "test prefix has remainder 0");
        assertEquals(-1, TaxCode.checkDigit(prefix));
        for (int d = 0; d <= 9; d++) {
            assertFalse(TaxCode.isValid(prefix + d));
        }
    }

    @Test
    void branchesAndFormatting() {
        // python-stdnum corner cases: '0312 68 78 78 - 001' formats to '0312687878-001'.
        TaxCode branch = TaxCode.parse("0312 68 78 78 - 001");
        assertEquals("0312687878-001", branch.value());
        assertEquals(TaxCode.Kind.BRANCH, branch.kind());
        assertEquals("001", branch.branch().orElseThrow());
        assertEquals("0312687878", branch.enterpriseCode().orElseThrow());
        assertEquals("0100112437-011", TaxCode.parse("0100112437011").value());
        assertEquals("0100112437", TaxCode.parse("01.00.112.437").value());
    }

    @Test
    void rejectsLikePythonStdnum() {
        // python-stdnum tests/test_vn_mst.doctest corner cases.
        assertThrows(InvalidValueException.class, () -> TaxCode.parse("12345"));
        InvalidValueException format = assertThrows(InvalidValueException.class, () -> TaxCode.parse("VV34567890"));
        assertEquals(0, format.position());
        assertThrows(InvalidValueException.class, () -> TaxCode.parse("0100000008"));
        assertThrows(InvalidValueException.class, () -> TaxCode.parse("0314409058-000"));
        InvalidValueException checksum = assertThrows(InvalidValueException.class, () -> TaxCode.parse("0100233480"));
        assertEquals("TaxCode: check digit mismatch: expected 8, got 0 (at position 9)", checksum.getMessage());
    }

    @Test
    void personalTaxCodeIsThePersonalIdNumber() {
        // Circular 86/2024/TT-BTC: from 1 July 2025 a person's tax code is their 12-digit ID number.
        TaxCode personal = TaxCode.parse("001089012345");
        assertEquals(TaxCode.Kind.PERSONAL, personal.kind());
        assertEquals("001*******45", personal.toString());
        assertEquals(1989, personal.personalIdNumber().orElseThrow().birthYear());
        assertTrue(personal.enterpriseCode().isEmpty());
        assertThrows(InvalidValueException.class, () -> TaxCode.parse("003089012345"));
    }

    @Test
    void constructorInsistsOnCanonicalForm() {
        assertThrows(InvalidValueException.class, () -> new TaxCode("0100112437011"));
        assertEquals("0100112437-011", new TaxCode("0100112437-011").value());
    }
}
