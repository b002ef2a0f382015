package vn.smartcity.egov.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;

class WireDatesTest {

    /** A synthetic model with DVCQG-style wire names and dates. */
    public record Receipt(
            @JsonbProperty("MaHoSo") String code,

            @JsonbProperty("NgayTiepNhan") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
            OffsetDateTime receivedAt,

            @JsonbProperty("NgayTra") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
            OffsetDateTime returnedAt,

            @JsonbProperty("NgayHen") @JsonbTypeAdapter(WireDates.LocalDateTimeAdapter.class)
            LocalDateTime dueAt) {}

    @Test
    void writesVietnamLocalTimeFromAnyOffset() {
        assertEquals("20240115083000", WireDates.format(OffsetDateTime.of(2024, 1, 15, 1, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(
                "20240101060000",
                WireDates.format(OffsetDateTime.of(2023, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(0))));
        assertEquals("20240115083000", WireDates.format(LocalDateTime.of(2024, 1, 15, 8, 30)));
    }

    @Test
    void readsAtPlusSeven() {
        OffsetDateTime t = WireDates.parse("20240115083000");
        assertEquals(OffsetDateTime.of(2024, 1, 15, 8, 30, 0, 0, ZoneOffset.ofHours(7)), t);
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59), WireDates.parseLocal("20240229235959"));
    }

    @Test
    void bindsWithJsonb() {
        Receipt receipt = new Receipt(
                "000.00.00.H57-240115-0001",
                OffsetDateTime.of(2024, 1, 15, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
                null,
                LocalDateTime.of(2024, 1, 22, 17, 0));
        String json = EgovHttp.jsonb().toJson(receipt);
        assertEquals(
                "{\"MaHoSo\":\"000.00.00.H57-240115-0001\",\"NgayHen\":\"20240122170000\","
                        + "\"NgayTiepNhan\":\"20240115083000\"}",
                json);
        assertEquals(receipt, EgovHttp.jsonb().fromJson(json, Receipt.class));
    }

    @Test
    void emptyStringReadsAsNull() {
        Receipt r = EgovHttp.jsonb()
                .fromJson(
                        "{\"MaHoSo\":\"X\",\"NgayTiepNhan\":\"20240115083000\",\"NgayTra\":\"\","
                                + "\"NgayHen\":\"20240122170000\"}",
                        Receipt.class);
        assertNull(r.returnedAt());
    }

    @Test
    void rejectsMalformedText() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> WireDates.parse("2024-01-15"));
        assertEquals("WireDate: expected a digit (layout yyyyMMddHHmmss) (at position 4)", e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> WireDates.parse("202401150830"));
        assertEquals("WireDate: expected 14 digits (layout yyyyMMddHHmmss), got 12", e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> WireDates.parse("20230229083000"));
        assertEquals("WireDate: not a real date and time: 20230229083000 (yyyyMMddHHmmss)", e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> WireDates.parse("20240115246000"));
        assertEquals("WireDate: not a real date and time: 20240115246000 (yyyyMMddHHmmss)", e.getMessage());
    }
}
