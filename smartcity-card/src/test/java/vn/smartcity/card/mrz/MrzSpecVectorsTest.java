package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Utopia specimens of ICAO Doc 9303 (8th edition, 2021) and the BAC worked example of Part 11.
 * Each vector names the spec place and the repository and path where it was read with the search
 * tools.
 */
class MrzSpecVectorsTest {

    private static final MrzParser PARSER = MrzParser.strict().withReferenceDate(LocalDate.of(2025, 1, 1));

    /**
     * Doc 9303 Part 5 (TD1) specimen; read in gmrtd/gmrtd mrz/mrz_test.go (TestMrzDecode, TD1) and
     * appintheair/MRZParser Tests/MRZParserTests.swift (testTD1).
     */
    static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n" + "7408122F1204159UTO<<<<<<<<<<<6\n" + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    /** Doc 9303 Part 4 (TD3) specimen; read in gmrtd/gmrtd mrz/mrz_test.go (TestMrzDecode, TD3). */
    static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    /**
     * Doc 9303 Part 6 Appendix A Figure A-1 (TD2); its text read in a Markdown transcription of Part
     * 6 (8th edition) found with find_string "D231458907UTO7408122F1204159", and in gmrtd/gmrtd
     * mrz/mrz_test.go (TestMrzDecode, TD2).
     */
    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + "D231458907UTO7408122F1204159<<<<<<<6";

    @Test
    void td1SpecimenOfPart5() {
        Mrz mrz = PARSER.parse(TD1);

        assertEquals(MrzFormat.TD1, mrz.format());
        assertEquals("I", mrz.documentType());
        assertEquals("UTO", mrz.issuingState());
        assertEquals("D23145890", mrz.documentNumber());
        assertEquals("UTO", mrz.nationality());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.dateOfExpiry());
        assertEquals(MrzSex.FEMALE, mrz.sex());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertFalse(mrz.nameMayBeTruncated());
        assertEquals("", mrz.optionalData());
        assertEquals("", mrz.optionalData2());
        assertTrue(mrz.vietnamese().isEmpty());
        assertTrue(mrz.personalIdNumber().isEmpty());
        assertTrue(mrz.corrections().isEmpty());
        // Check digits 7, 2, 9 and composite 6 (Part 5 section 4.2.4 positions).
        assertEquals(
                "DOCUMENT_NUMBER 7 7 1:15, DATE_OF_BIRTH 2 2 2:7, DATE_OF_EXPIRY 9 9 2:15, COMPOSITE 6 6 2:30",
                summary(mrz));
        assertTrue(mrz.isValid());
        assertEquals("D23145890774081221204159", mrz.bacKeySeed().value());
    }

    @Test
    void td3SpecimenOfPart4() {
        Mrz mrz = PARSER.parse(TD3);

        assertEquals(MrzFormat.TD3, mrz.format());
        assertEquals("P", mrz.documentType());
        assertEquals("L898902C3", mrz.documentNumber());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.dateOfExpiry());
        assertEquals("ZE184226B", mrz.optionalData());
        assertEquals(
                "DOCUMENT_NUMBER 6 6 2:10, DATE_OF_BIRTH 2 2 2:20, DATE_OF_EXPIRY 9 9 2:28, PERSONAL_NUMBER 1 1 2:43,"
                        + " COMPOSITE 0 0 2:44",
                summary(mrz));
        assertTrue(mrz.isValid());
        // gmrtd/gmrtd mrz/mrz_test.go TestMrzDecodeMrziEncode: MRZ information of this specimen.
        assertEquals("L898902C3674081221204159", mrz.bacKeySeed().value());
    }

    @Test
    void td2SpecimenOfPart6() {
        Mrz mrz = PARSER.parse(TD2);

        assertEquals(MrzFormat.TD2, mrz.format());
        assertEquals("I", mrz.documentType());
        assertEquals("UTO", mrz.issuingState());
        assertEquals("D23145890", mrz.documentNumber());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(MrzSex.FEMALE, mrz.sex());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.dateOfExpiry());
        assertEquals(
                "DOCUMENT_NUMBER 7 7 2:10, DATE_OF_BIRTH 2 2 2:20, DATE_OF_EXPIRY 9 9 2:28, COMPOSITE 6 6 2:36",
                summary(mrz));
        assertTrue(mrz.isValid());
    }

    @Test
    void bacWorkedExampleOfPart11AppendixD2() throws NoSuchAlgorithmException {
        // Doc 9303 Part 11 Appendix D.2: document number L898902C, birth 690806, expiry 940623 give
        // MRZ_information L898902C<369080619406236, SHA-1 239AB9CB282DAF66231DC5A4DF6BFBAEDF477565 and
        // K_seed 239AB9CB282DAF66231DC5A4DF6BFBAE; the steps are quoted in gmrtd/gmrtd bac/bac_test.go
        // (TestGenerateKseed).
        BacKeySeed seed = BacKeySeed.of("L898902C", "690806", "940623");
        assertEquals("L898902C<369080619406236", seed.value());
        assertArrayEquals("L898902C<369080619406236".getBytes(StandardCharsets.US_ASCII), seed.bytes());
        byte[] kSeed = Arrays.copyOf(MessageDigest.getInstance("SHA-1").digest(seed.bytes()), 16);
        assertEquals(
                "239AB9CB282DAF66231DC5A4DF6BFBAE",
                HexFormat.of().withUpperCase().formatHex(kSeed));
        assertEquals("BacKeySeed[24 characters]", seed.toString());
    }

    @Test
    void td3LineCarryingTheD2Values() {
        // The Utopia TD3 with the Appendix D.2 values (earlier specimen), MRZ_ANNA_ERIKSSON_2LINE_ID3 in
        // JMRTD's test suite: scottynoshotty/jmrtd-code jmrtd/src/test/java/org/jmrtd/test/lds/MRZInfoTest.java.
        Mrz mrz = PARSER.parse(
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14");
        assertEquals("L898902C", mrz.documentNumber());
        assertEquals(LocalDate.of(1969, 8, 6), mrz.dateOfBirth());
        assertEquals(LocalDate.of(1994, 6, 23), mrz.dateOfExpiry());
        assertTrue(mrz.isValid());
        assertEquals(BacKeySeed.of("L898902C", "690806", "940623"), mrz.bacKeySeed());
    }

    @Test
    void personalNumberCheckDigitMayBeAFiller() {
        // MRZ_LOES_MEULENDIJK_2LINE_ID3_ZERO_CHECKDIGIT and ..._FILLER_CHECKDIGIT of JMRTD's test suite
        // (scottynoshotty/jmrtd-code jmrtd/src/test/java/org/jmrtd/test/lds/MRZInfoTest.java).
        String line1 = "P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<\n";
        Mrz zero = PARSER.parse(line1 + "XX00000000NLD7110195F1108280123456782<<<<<02");
        Mrz filler = PARSER.parse(line1 + "XX00000000NLD7110195F1108280123456782<<<<<<2");
        assertTrue(zero.isValid());
        assertTrue(filler.isValid());
        assertEquals("123456782", filler.optionalData());
        assertEquals('<', filler.checks().get(3).found());
        // A filler where the computed digit is not 0 fails.
        Mrz wrong = PARSER.parse(TD3.replace("<<<<<10", "<<<<<<0"));
        assertEquals(
                List.of(MrzCheck.Field.PERSONAL_NUMBER, MrzCheck.Field.COMPOSITE),
                wrong.failedChecks().stream().map(MrzCheck::field).toList());
    }

    @Test
    void longDocumentNumberTd1OfPart11AppendixD2() {
        // Part 11 Appendix D.2 (TD1 with a 12-character document number, Part 5 section 4.2.4); MRZ and
        // expected MRZ information from gmrtd/gmrtd mrz/mrz_test.go (TestMrzDecodeMrziEncode, TD1).
        Mrz mrz = PARSER.parse(
                "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");
        assertEquals("D23145890734", mrz.documentNumber());
        assertEquals("", mrz.optionalData());
        assertEquals(MrzSex.MALE, mrz.sex());
        assertEquals(LocalDate.of(1934, 7, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(1995, 7, 12), mrz.dateOfExpiry());
        // The check digit moved to line 1 column 19, after the number's last character.
        assertEquals(
                "DOCUMENT_NUMBER 9 9 1:19, DATE_OF_BIRTH 7 7 2:7, DATE_OF_EXPIRY 2 2 2:15, COMPOSITE 2 2 2:30",
                summary(mrz));
        assertTrue(mrz.isValid());
        assertEquals("D23145890734934071279507122", mrz.bacKeySeed().value());
    }

    @Test
    void longDocumentNumberTd2() {
        // The same example as TD2 (Part 6 note j); gmrtd/gmrtd mrz/mrz_test.go (TestMrzDecodeMrziEncode, TD2).
        Mrz mrz = PARSER.parse("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M95071227349<<<8");
        assertEquals("D23145890734", mrz.documentNumber());
        assertEquals("PETER JOHN", mrz.secondaryIdentifier());
        assertEquals(
                "DOCUMENT_NUMBER 9 9 2:32, DATE_OF_BIRTH 7 7 2:20, DATE_OF_EXPIRY 2 2 2:28, COMPOSITE 8 8 2:36",
                summary(mrz));
        assertTrue(mrz.isValid());
        assertEquals("D23145890734934071279507122", mrz.bacKeySeed().value());
    }

    @Test
    void belgianSpecimenWithALongDocumentNumber() {
        // Belgian ID card specimen with a 12-digit document number, from the description of pull request
        // Arg0s1080/mrz#41 ("fix belgium card checker").
        Mrz mrz = PARSER.parse(
                "IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<");
        assertEquals("ID", mrz.documentType());
        assertEquals("000590696101", mrz.documentNumber());
        assertEquals("00010112345", mrz.optionalData2());
        assertTrue(mrz.isValid());
    }

    @Test
    void tamperedDigitsFailTheirOwnCheckAndTheComposite() {
        // Date of birth 740812 changed to 740815 without touching the check digits.
        Mrz mrz = PARSER.parse(TD1.replace("7408122F", "7408152F"));
        assertFalse(mrz.isValid());
        assertEquals(
                List.of(MrzCheck.Field.DATE_OF_BIRTH, MrzCheck.Field.COMPOSITE),
                mrz.failedChecks().stream().map(MrzCheck::field).toList());
        MrzCheck birth = mrz.failedChecks().get(0);
        assertEquals('5', birth.expected());
        assertEquals('2', birth.found());
        assertEquals("date of birth", birth.name());
        assertEquals("date of birth check at line 2 column 7: expected 5, found 2 (FAILED)", birth.toString());
        assertEquals("Mrz[TD1 I UTO, 2 failed check(s)]", mrz.toString());

        Mrz composite = PARSER.parse(TD3.replace("<<<<<10", "<<<<<17"));
        assertEquals(
                List.of(MrzCheck.Field.COMPOSITE),
                composite.failedChecks().stream().map(MrzCheck::field).toList());

        Mrz number = PARSER.parse(TD2.replace("D231458907", "D231458807"));
        assertEquals(
                List.of(MrzCheck.Field.DOCUMENT_NUMBER, MrzCheck.Field.COMPOSITE),
                number.failedChecks().stream().map(MrzCheck::field).toList());
    }

    @Test
    void acceptsCrLfATrailingBreakListsAndTheJoinedDg1Form() {
        Mrz expected = PARSER.parse(TD1);
        assertEquals(expected, PARSER.parse(TD1.replace("\n", "\r\n") + "\r\n"));
        assertEquals(expected, PARSER.parse(TD1.replace("\n", "")));
        assertEquals(expected, PARSER.parse(List.of(TD1.split("\n"))));
        assertEquals(PARSER.parse(TD2), PARSER.parse(TD2.replace("\n", "")));
        assertEquals(PARSER.parse(TD3), PARSER.parse(TD3.replace("\n", "")));
    }

    @Test
    void nameRules() {
        // Doc 9303 Part 5 sections 4.2.3.3 and 4.2.3.5: a name filling its field ends with a letter and
        // "must be assumed" truncated; a one-part name has no secondary identifier.
        Mrz mrz = PARSER.parse(TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "PAPANDROPOULOUS<<JONATHON<ALEC"));
        assertEquals("PAPANDROPOULOUS", mrz.primaryIdentifier());
        assertEquals("JONATHON ALEC", mrz.secondaryIdentifier());
        assertTrue(mrz.nameMayBeTruncated());

        Mrz single = PARSER.parse(TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ARKFREITH<<<<<<<<<<<<<<<<<<<<<"));
        assertEquals("ARKFREITH", single.primaryIdentifier());
        assertEquals("", single.secondaryIdentifier());

        Mrz parts = PARSER.parse(TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "VAN<DER<MUELLEN<<MARTIN<<<<<<<"));
        assertEquals("VAN DER MUELLEN", parts.primaryIdentifier());
        assertEquals("MARTIN", parts.secondaryIdentifier());
    }

    private static String summary(Mrz mrz) {
        return mrz.checks().stream()
                .map(c -> c.field() + " " + c.expected() + " " + c.found() + " " + c.line() + ":" + c.column())
                .collect(Collectors.joining(", "));
    }
}
