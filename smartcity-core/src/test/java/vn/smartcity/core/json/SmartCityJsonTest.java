package vn.smartcity.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.id.TaxCode;
import vn.smartcity.core.money.VndAmount;

class SmartCityJsonTest {

    private static final Jsonb JSONB = SmartCityJson.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    /** A dossier-like record with Vietnamese wire names, as e-government models are written. */
    public record Payment(
            @JsonbProperty("SoDinhDanh") PersonalIdNumber owner,
            @JsonbProperty("MaSoThue") TaxCode taxCode,
            @JsonbProperty("MaDonVi") AgencyCode agency,
            @JsonbProperty("ViTri") GeoPoint location,
            @JsonbProperty("SoTien") VndAmount amount,
            @JsonbProperty("GiaiDoan") Era era) {}

    @Test
    void writesNaturalFormsAndReadsThemBack() {
        Payment payment = new Payment(
                PersonalIdNumber.parse("001089012345"),
                TaxCode.parse("0100112437-011"),
                AgencyCode.parse("000.00.00.H57"),
                GeoPoint.of(16.4637, 107.5909),
                VndAmount.of(1_250_000),
                Era.FROM_2025);

        String json = JSONB.toJson(payment);

        assertEquals(
                "{\"GiaiDoan\":\"2025\",\"MaDonVi\":\"000.00.00.H57\",\"MaSoThue\":\"0100112437-011\","
                        + "\"SoDinhDanh\":\"001089012345\",\"SoTien\":1250000,\"ViTri\":\"16.4637,107.5909\"}",
                json);
        assertEquals(payment, JSONB.fromJson(json, Payment.class));
    }

    @Test
    void malformedValuesFailWithTheReason() {
        String json = "{\"GiaiDoan\":\"2025\",\"MaDonVi\":\"000.00.00.H57\",\"MaSoThue\":\"0100112430\","
                + "\"SoDinhDanh\":\"001089012345\",\"SoTien\":1,\"ViTri\":\"1,2\"}";
        JsonbException e = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Payment.class));
        Throwable cause = e;
        while (cause != null && !(cause instanceof InvalidValueException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof InvalidValueException, "the cause is kept: " + e);
        assertTrue(cause.getMessage().startsWith("TaxCode: check digit mismatch"), cause.getMessage());
    }
}
