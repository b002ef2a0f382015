package vn.smartcity.card.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.CardDataException;

/** Malformed SYNTHETIC QR texts: position (character offset in the text) and message. */
class CccdQrRejectionTest {

    private static final String QR = CccdQrTest.SYNTHETIC;

    static List<Arguments> malformed() {
        String sixFields = QR.substring(0, QR.lastIndexOf('|'));
        String withOld = QR.replace("||", "|012345678|");
        return List.of(
                Arguments.of(
                        "",
                        -1,
                        "expected at least 7 fields separated by '|' (number, old number, name, date of"
                                + " birth, gender, address, issue date), got 1"),
                Arguments.of(
                        sixFields,
                        -1,
                        "expected at least 7 fields separated by '|' (number, old number, name,"
                                + " date of birth, gender, address, issue date), got 6"),
                Arguments.of(
                        QR.replace("001195012345|", "00119501234|"),
                        0,
                        "field 1 is not a personal identification number (12 digits with a known place code)"),
                Arguments.of(
                        QR.replace("001195012345|", "00119X012345|"),
                        5,
                        "field 1 is not a personal identification number (12 digits with a known place code)"),
                Arguments.of(
                        QR.replace("001195012345|", "990195012345|"),
                        0,
                        "field 1 is not a personal identification number (12 digits with a known place code)"),
                Arguments.of(
                        withOld.replace("|012345678|", "|01234567A|"),
                        21,
                        "field 2 (old ID number) must be digits or empty"),
                Arguments.of(
                        withOld.replace("|012345678|", "|0123456789|"),
                        13,
                        "field 2 (old ID number) must be 9 or 12 digits or empty, got 10"),
                Arguments.of(QR.replace("|Nguyễn Thị Mẫu|", "| |"), 15, "field 3 (full name) is empty"),
                Arguments.of(
                        QR.replace("|04031995|", "|31021995|"),
                        QR.indexOf("04031995"),
                        "field 4 (date of birth) is not a calendar date"),
                Arguments.of(
                        QR.replace("|04031995|", "|4031995|"),
                        QR.indexOf("04031995"),
                        "field 4 (date of birth) must be 8 digits, ddMMyyyy"),
                Arguments.of(
                        QR.replace("|04031995|", "|04/03/1995|"),
                        QR.indexOf("04031995"),
                        "field 4 (date of birth) must be 8 digits, ddMMyyyy"),
                Arguments.of(
                        QR.replace("|04031995|", "|04O31995|"),
                        QR.indexOf("04031995") + 2,
                        "field 4 (date of birth) must be 8 digits, ddMMyyyy"),
                Arguments.of(QR.replace("|Nữ|", "|Female|"), QR.indexOf("Nữ"), "field 5 (gender) must be Nam or Nữ"),
                Arguments.of(
                        QR.replace("|15062021", "|15132021"),
                        QR.indexOf("15062021"),
                        "field 7 (issue date) is not a calendar date"),
                Arguments.of(
                        QR.replace("|15062021", "|"),
                        QR.indexOf("15062021"),
                        "field 7 (issue date) must be 8 digits, ddMMyyyy"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsWithPositionAndMessage(String text, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> CccdQr.parse(text));
        assertEquals("CCCD QR", e.what());
        assertEquals(position, e.position());
        assertEquals("CCCD QR" + (position >= 0 ? " at " + position : "") + ": " + message, e.getMessage());
        assertFalse(e.getMessage().contains("001195012345"));
        assertFalse(e.getMessage().contains("Nguyễn"));
    }
}
