package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

class DossierJsonTest {

    private static final Jsonb JSONB = DossierJson.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    /** A synthetic model with the DVCQG wire names (MaHoSo, MaTTHC, TrangThaiHoSo, MaDonVi). */
    public record Sync(
            @JsonbProperty("MaHoSo") DossierCode code,
            @JsonbProperty("MaTTHC") ProcedureCode procedure,
            @JsonbProperty("TrangThaiHoSo") DossierStatus status,
            @JsonbProperty("MaDonVi") AgencyCode agency) {}

    @Test
    void roundTrip() {
        Sync sync = new Sync(
                DossierCode.parse("000.00.53.H48-220921-0099"),
                ProcedureCode.parse("1.001612.000.00.00.H48"),
                DossierStatus.RESULT_RETURNED,
                AgencyCode.parse("000.00.53.H48"));
        String json = JSONB.toJson(sync);
        assertEquals(
                "{\"MaDonVi\":\"000.00.53.H48\",\"MaHoSo\":\"000.00.53.H48-220921-0099\","
                        + "\"MaTTHC\":\"1.001612.000.00.00.H48\",\"TrangThaiHoSo\":\"10\"}",
                json);
        assertEquals(sync, JSONB.fromJson(json, Sync.class));
    }

    @Test
    void malformedCodeFailsWithTheReason() {
        String json = "{\"MaDonVi\":\"000.00.53.H48\",\"MaHoSo\":\"000.00.53.H48-220931-0099\","
                + "\"MaTTHC\":\"1.001612\",\"TrangThaiHoSo\":\"4\"}";
        JsonbException e = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Sync.class));
        Throwable cause = e;
        while (cause != null && !(cause instanceof InvalidValueException)) {
            cause = cause.getCause();
        }
        InvalidValueException reason = assertInstanceOf(InvalidValueException.class, cause);
        assertEquals(18, reason.position());
    }
}
