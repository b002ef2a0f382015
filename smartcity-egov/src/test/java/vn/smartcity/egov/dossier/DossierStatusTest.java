package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.smartcity.core.InvalidValueException;

/**
 * The {@code TrangThaiHoSo} list as seeded by the Thanh Hóa one-stop system
 * (HuanVu201/DichVuCong_KhoaLuan_PASETO, DichVuCongApi/src/Infrastructure/Persistence/Initialization/
 * ApplicationDbSeeder.cs, SeedBusinessTrangThaiHoSo) and sent to DVCQG by
 * .../KetNoi/DVC/SyncLocalDataToDVCQG/SyncLocalDataToDVCQGService.cs.
 */
class DossierStatusTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | Mới đăng ký | NEWLY_REGISTERED",
                "2 | Được tiếp nhận | RECEIVED",
                "3 | Không được tiếp nhận | NOT_ACCEPTED",
                "4 | Đang xử lý | PROCESSING",
                "5 | Yêu cầu bổ sung giấy tờ | SUPPLEMENT_REQUESTED",
                "6 | Yêu cầu thực hiện nghĩa vụ tài chính | FEES_DUE",
                "7 | Công dân yêu cầu rút hồ sơ | WITHDRAWN",
                "8 | Dừng xử lý | SUSPENDED",
                "9 | Đã xử lý xong | RESULT_READY",
                "10 | Đã trả kết quả | RESULT_RETURNED",
            })
    void publishedCodesAndNames(int code, String name, DossierStatus status) {
        assertEquals(status, DossierStatus.fromCode(code));
        assertEquals(status, DossierStatus.fromWireCode(Integer.toString(code)));
        assertEquals(code, status.code());
        assertEquals(Integer.toString(code), status.wireCode());
        assertEquals(name, status.vietnameseLabel());
        assertFalse(status.englishLabel().isBlank());
    }

    @Test
    void finalAndPausedStates() {
        Set<DossierStatus> finals = EnumSet.noneOf(DossierStatus.class);
        Set<DossierStatus> paused = EnumSet.noneOf(DossierStatus.class);
        for (DossierStatus s : DossierStatus.values()) {
            if (s.isFinal()) {
                finals.add(s);
                assertTrue(s.next().isEmpty(), s + " is final");
            } else {
                assertFalse(s.next().isEmpty(), s + " has a way out");
            }
            if (s.isPaused()) {
                paused.add(s);
            }
        }
        assertEquals(
                EnumSet.of(DossierStatus.NOT_ACCEPTED, DossierStatus.WITHDRAWN, DossierStatus.RESULT_RETURNED), finals);
        // The Thanh Hóa reports group 5, 6 and 8 as "Tạm dừng xử lý".
        assertEquals(
                EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FEES_DUE, DossierStatus.SUSPENDED),
                paused);
    }

    @Test
    void transitionTable() {
        assertTrue(DossierStatus.RECEIVED.canMoveTo(DossierStatus.PROCESSING));
        assertTrue(DossierStatus.PROCESSING.canMoveTo(DossierStatus.SUPPLEMENT_REQUESTED));
        assertTrue(DossierStatus.SUPPLEMENT_REQUESTED.canMoveTo(DossierStatus.PROCESSING));
        assertTrue(DossierStatus.RESULT_READY.canMoveTo(DossierStatus.RESULT_RETURNED));
        assertFalse(DossierStatus.NEWLY_REGISTERED.canMoveTo(DossierStatus.RESULT_READY));
        assertFalse(DossierStatus.RESULT_RETURNED.canMoveTo(DossierStatus.PROCESSING));
        assertFalse(DossierStatus.PROCESSING.canMoveTo(DossierStatus.PROCESSING));
        assertThrows(
                UnsupportedOperationException.class,
                () -> DossierStatus.RECEIVED.next().clear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "01", "", "1 ", "-1", "123"})
    void rejectsUnknownWireCodes(String code) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DossierStatus.fromWireCode(code));
        assertEquals("DossierStatus", e.valueType());
    }

    @Test
    void rejectionMessages() {
        assertEquals(
                "DossierStatus: unknown TrangThaiHoSo code 11 (expected 1-10)",
                assertThrows(InvalidValueException.class, () -> DossierStatus.fromCode(11))
                        .getMessage());
        assertEquals(
                "DossierStatus: expected a digit in TrangThaiHoSo code (1-10) (at position 1)",
                assertThrows(InvalidValueException.class, () -> DossierStatus.fromWireCode("1x"))
                        .getMessage());
    }
}
