package vn.smartcity.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;

class VndAmountTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.250.000 ₫|1250000",
                "1,250,000 VND|1250000",
                "1250000đ|1250000",
                "150 000 đồng|150000",
                "VND 50,000|50000",
                "-20.000 ₫|-20000",
                "0|0",
                "999|999",
            })
    void parsesTheWrittenForms(String text, long dong) {
        assertEquals(VndAmount.of(dong), VndAmount.parse(text));
    }

    @Test
    void formatsTheVietnameseWay() {
        assertEquals("1.250.000 ₫", VndAmount.of(1_250_000).format());
        assertEquals("999 ₫", VndAmount.of(999).format());
        assertEquals("-20.000 ₫", VndAmount.of(-20_000).format());
        assertEquals(
                "-9.223.372.036.854.775.808 ₫", VndAmount.of(Long.MIN_VALUE).format());
        assertEquals("1250000 VND", VndAmount.of(1_250_000).toString());
    }

    @Test
    void refusesDecimalsAndBadGrouping() {
        InvalidValueException decimal = assertThrows(InvalidValueException.class, () -> VndAmount.parse("1.5"));
        assertTrue(decimal.getMessage().contains("grouped in threes"), decimal.getMessage());
        assertThrows(InvalidValueException.class, () -> VndAmount.parse("1,250.50"));
        assertThrows(InvalidValueException.class, () -> VndAmount.parse("12.50.000"));
        assertThrows(InvalidValueException.class, () -> VndAmount.parse("₫"));
        assertEquals(
                "VndAmount: unexpected character; expected a digit (at position 2)",
                assertThrows(InvalidValueException.class, () -> VndAmount.parse("12x"))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> VndAmount.parse("99999999999999999999"));
    }

    @Test
    void exactArithmetic() {
        VndAmount fee = VndAmount.of(50_000);
        assertEquals(VndAmount.of(150_000), fee.times(3));
        assertEquals(VndAmount.of(30_000), fee.minus(VndAmount.of(20_000)));
        assertEquals(VndAmount.of(70_000), fee.plus(VndAmount.of(20_000)));
        assertTrue(fee.compareTo(VndAmount.ZERO) > 0);
        assertThrows(
                ArithmeticException.class, () -> VndAmount.of(Long.MAX_VALUE).plus(VndAmount.of(1)));
    }
}
