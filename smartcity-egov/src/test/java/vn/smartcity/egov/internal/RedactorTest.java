package vn.smartcity.egov.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Redaction rules, on synthetic data. */
class RedactorTest {

    @Test
    void sensitiveNames() {
        for (String name : new String[] {
            "Authorization",
            "Proxy-Authorization",
            "Cookie",
            "access_token",
            "accessKey", // PayGov's access key
            "private_key",
            "refresh_token",
            "client_secret",
            "password",
            "MatKhau",
            "session",
            "X-API-Key",
            "api_key",
            "vnp_SecureHash",
            "checksum",
            "MaXacThuc",
            "X-Road-UserId",
            "SoCMND",
            "SoCCCD",
            "SoDinhDanh",
            "MaDoiTuong",
            "ChuHoSo",
            "HoTen",
            "email",
            "SoDienThoai",
            "DiaChi",
            "username"
        }) {
            assertTrue(Redactor.isSensitiveName(name), name);
        }
        for (String name : new String[] {"madonvi", "MaHoSo", "MaTTHC", "service", "Content-Type", "X-Request-Id"}) {
            assertFalse(Redactor.isSensitiveName(name), name);
        }
    }

    @Test
    void digitRunsOfNineOrMoreAreMasked() {
        assertEquals("CCCD 001*******45, CMND 123****89", Redactor.maskDigits("CCCD 001089012345, CMND 123456789"));
        assertEquals("12345678 and 1.001612.000.00.00.H48", Redactor.maskDigits("12345678 and 1.001612.000.00.00.H48"));
    }

    @Test
    void jsonStringNumberAndNestedMembers() {
        assertEquals(
                "{\"a\":{\"token\":\"[redacted]\",\"pin\":1},\"secret\" : \"[redacted]\",\"n\":null}",
                Redactor.json("{\"a\":{\"token\":\"x\\\"y\",\"pin\":1},\"secret\" : 12345,\"n\":null}"));
    }

    @Test
    void aStringCutOffAtTheEndIsStillRedacted() {
        assertEquals("{\"x\":1,\"password\":\"[redacted]\"", Redactor.json("{\"x\":1,\"password\":\"hunter2-is-my"));
        assertEquals("{\"password\":\"[redacted]\"", Redactor.json("{\"password\":\"abc\\"));
    }

    @Test
    void formFields() {
        assertEquals(
                "username=[redacted]&password=[redacted]&dstcode=HUE",
                Redactor.form("username=sandbox&password=pw&dstcode=HUE"));
    }

    @Test
    void safeTextMasksFirstThenCutsAndStripsControls() {
        assertEquals("001*******45\tx…".replace('\t', ' '), Redactor.safeText("001089012345\tx-rest", 14));
    }
}
