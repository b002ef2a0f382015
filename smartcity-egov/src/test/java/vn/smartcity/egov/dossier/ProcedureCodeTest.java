package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

/** Procedure codes of the national procedures database, as published by provincial portals. */
class ProcedureCodeTest {

    /** Local codes found in public code; the source of each is named in the comment above it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // VNPT iGate Quảng Ngãi mobile client sample: "Đăng ký thành lập hộ kinh doanh". Also the issue.
                "1.001612.000.00.00.H48 | 1 | 1612 | 1.001612 | 000.00.00.H48",
                // HuanVu201/DichVuCong_KhoaLuan_PASETO, DichVuCongApi/src/Host/Configurations/ketnoi.json.
                "2.000286.000.00.00.H56 | 2 | 286 | 2.000286 | 000.00.00.H56",
                // Same repository, smartkios_client/.../ExportPdf/ThongKeThuTucPhatSinhHoSoBCCI.html.
                "1.010708.000.00.00.H56 | 1 | 10708 | 1.010708 | 000.00.00.H56",
                // A one-stop synchronisation client in public code: MaDichVu "3.000181.000.00.00.H22",
                // "Tuyển sinh trung học phổ thông".
                "3.000181.000.00.00.H22 | 3 | 181 | 3.000181 | 000.00.00.H22",
                // A scanner in public code: "2.000884.000.00.00.H55 - Chứng thực chữ ký".
                "2.000884.000.00.00.H55 | 2 | 884 | 2.000884 | 000.00.00.H55",
                // A link to dichvucong.hochiminhcity.gov.vn/vi/thu-tuc-hanh-chinh/chi-tiet?ma=1.000494.000.00.00.H29.
                "1.000494.000.00.00.H29 | 1 | 494 | 1.000494 | 000.00.00.H29",
            })
    void publishedLocalCodes(String text, int group, int serial, String national, String agency) {
        ProcedureCode code = ProcedureCode.parse(text);
        assertEquals(group, code.group());
        assertEquals(serial, code.serial());
        assertEquals(national, code.nationalCode());
        assertEquals(Optional.of(AgencyCode.parse(agency)), code.agency());
        assertTrue(code.isLocal());
        assertEquals(text, code.toString());
        assertEquals(code, ProcedureCode.of(national, AgencyCode.parse(agency)));
    }

    @Test
    void shortForm() {
        // The example 2.002492; 2.002622 is in ketnoi.json of the Thanh Hóa system above.
        for (String text : List.of("2.002492", "2.002622")) {
            ProcedureCode code = ProcedureCode.parse(text);
            assertFalse(code.isLocal());
            assertEquals(Optional.empty(), code.agency());
            assertEquals(code, code.national());
            assertEquals(text, code.nationalCode());
        }
    }

    @Test
    void localAndNationalNameTheSameProcedure() {
        // ketnoi.json of the Thanh Hóa system maps "2.000286.000.00.00.H56": "2.000286".
        ProcedureCode local = ProcedureCode.parse("2.000286.000.00.00.H56");
        ProcedureCode national = ProcedureCode.parse("2.000286");
        assertTrue(local.sameProcedure(national));
        assertEquals(national, local.national());
        assertEquals(local, national.withAgency(AgencyCode.parse("000.00.00.H56")));
        // Another province's copy of the same national procedure (dichvucong.gov.vn link in public code).
        assertTrue(ProcedureCode.parse("1.001612.000.00.00.H01")
                .sameProcedure(ProcedureCode.parse("1.001612.000.00.00.H48")));
        assertFalse(local.sameProcedure(ProcedureCode.parse("2.000287")));
    }

    @Test
    void ordersByGroupSerialThenAgency() {
        List<ProcedureCode> codes = new ArrayList<>(List.of(
                ProcedureCode.parse("2.000286.000.00.00.H56"),
                ProcedureCode.parse("3.000181"),
                ProcedureCode.parse("2.000286"),
                ProcedureCode.parse("1.010708"),
                ProcedureCode.parse("2.000286.000.00.00.H48")));
        Collections.sort(codes);
        assertEquals(
                List.of("1.010708", "2.000286", "2.000286.000.00.00.H48", "2.000286.000.00.00.H56", "3.000181"),
                codes.stream().map(ProcedureCode::toString).toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.001612 | 0 | ProcedureCode: expected a digit 1-9 (G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48) (at position 0)",
                "1-001612 | 1 | ProcedureCode: expected '.' (G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48) (at position 1)",
                "1.0016a2 | 6 | ProcedureCode: expected a digit (G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48) (at position 6)",
                "1.00161 | 7 | ProcedureCode: too short: expected G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48, got 7 characters (at position 7)",
                "1.0016123 | 8 | ProcedureCode: expected '.' before the agency code (G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48) (at position 8)",
                "1.001612.000.00.00.h48 | 19 | ProcedureCode: agency part (QCVN 102 code): expected an upper-case letter (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57) (at position 19)",
                "2.002622.H56 | 9 | ProcedureCode: agency part (QCVN 102 code): expected a digit (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57) (at position 9)",
                "1.001612.000.00.00.H480 | 22 | ProcedureCode: agency part (QCVN 102 code): expected 13 characters (DDD.DD.DD.LDD, e.g. 000.00.00.H57), got 14 (at position 22)",
            })
    void rejectsWithPosition(String text, int position, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProcedureCode.parse(text));
        assertEquals(position, e.position());
        assertEquals(message, e.getMessage());
        assertFalse(ProcedureCode.isValid(text));
    }

    @Test
    void rejectsEmpty() {
        assertEquals(
                "ProcedureCode: empty (G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48)",
                assertThrows(InvalidValueException.class, () -> ProcedureCode.parse(""))
                        .getMessage());
    }
}
