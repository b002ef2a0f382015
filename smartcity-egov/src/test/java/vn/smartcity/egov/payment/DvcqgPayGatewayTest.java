package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.payment.internal.DvcqgPayAccount;

class DvcqgPayGatewayTest {

    private static final MerchantAccount DVCQG = new DvcqgPayGateway()
            .account(GatewaySettings.builder()
                    .set(DvcqgPayGateway.PARTNER_CODE, "000.00.00.H57")
                    .set(DvcqgPayGateway.HASH_KEY, "sandbox-dvcqg-pay-key")
                    .set(DvcqgPayGateway.MESSAGE_TYPE, "PAY_INIT")
                    .set(DvcqgPayGateway.VERSION, "1.0.0")
                    .set(DvcqgPayGateway.ENDPOINT, "https://thanhtoan.example.gov.vn/api/khoitaogiaodich")
                    .build());

    private static final OrderLookup ORDERS =
            id -> id.equals("HS-2025-0001") ? Optional.of(VndAmount.of(150_000)) : Optional.empty();

    private static PaymentOrder order() {
        return PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("Lệ phí hộ tịch")
                .clientIp("203.113.10.5")
                .createdAt(Instant.parse("2025-01-01T01:30:00Z"))
                .build();
    }

    @Test
    void signsTheInitiationMessage() {
        // Field order of VietOpenCPS/opencps-v2 PayGateUtil.generateChecksum (15 arguments, commit
        // 8b04ee67f); no published vector exists. Synthetic vector, computed independently with
        // Python hashlib.sha256 over
        // "PAY_INIT|1.0.0|000.00.00.H57|HS-2025-0001|150000||||vi|VND||Lệ phí hộ
        // tịch|20250101083000|203.113.10.5|sandbox-dvcqg-pay-key".
        PaymentRequest request = DVCQG.createPayment(order());
        assertEquals(PaymentRequest.Kind.POST_JSON, request.kind());
        assertEquals(
                "2dd60ec274683f3a4f8774106361f95e41515e2ac50579ceb8a34782e9358dc3",
                request.fields().get("MaXacThuc"));
        assertEquals(
                "{\"LoaiBanTin\":\"PAY_INIT\",\"PhienBan\":\"1.0.0\",\"MaDoiTac\":\"000.00.00.H57\","
                        + "\"MaThamChieu\":\"HS-2025-0001\",\"SoTien\":\"150000\",\"LoaiHinhThanhToan\":\"\","
                        + "\"MaKenhThanhToan\":\"\",\"MaThietBi\":\"\",\"NgonNgu\":\"vi\",\"MaTienTe\":\"VND\","
                        + "\"MaNganHang\":\"\",\"ThongTinGiaoDich\":\"Lệ phí hộ tịch\",\"ThoiGianGD\":\"20250101083000\","
                        + "\"Ip\":\"203.113.10.5\","
                        + "\"MaXacThuc\":\"2dd60ec274683f3a4f8774106361f95e41515e2ac50579ceb8a34782e9358dc3\"}",
                request.body());
    }

    @Test
    void embedsTheReceiptObjectOutsideTheHash() {
        PaymentOrder withReceipt = PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("Lệ phí hộ tịch")
                .clientIp("203.113.10.5")
                .createdAt(Instant.parse("2025-01-01T01:30:00Z"))
                .extra("ThongTinBienLai", "{\"MaDichVu\":2,\"MaHoSo\":\"HS-2025-0001\"}")
                .build();
        PaymentRequest request = DVCQG.createPayment(withReceipt);
        assertEquals(
                "2dd60ec274683f3a4f8774106361f95e41515e2ac50579ceb8a34782e9358dc3",
                request.fields().get("MaXacThuc"));
        assertTrue(
                request.body()
                        .contains("\"ThongTinBienLai\":{\"MaDichVu\":2,\"MaHoSo\":\"HS-2025-0001\"},\"MaXacThuc\""),
                request.body());
        PaymentOrder badReceipt = PaymentOrder.builder("HS-1", VndAmount.of(1))
                .extra("ThongTinBienLai", "[1]")
                .build();
        assertEquals(
                "PaymentOrder: ThongTinBienLai: must be a JSON object",
                assertThrows(InvalidValueException.class, () -> DVCQG.createPayment(badReceipt))
                        .getMessage());
    }

    @Test
    void refusesTheFieldSeparatorInAValue() {
        PaymentOrder bar = PaymentOrder.builder("HS-1", VndAmount.of(1000))
                .orderInfo("Phí|lệ phí")
                .build();
        assertEquals(
                "PaymentOrder: ThongTinGiaoDich: '|' separates the fields of MaXacThuc and cannot appear in one (at"
                        + " position 3)",
                assertThrows(InvalidValueException.class, () -> DVCQG.createPayment(bar))
                        .getMessage());
    }

    private static Map<String, String> confirmation(String maLoi, String soTien) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LoaiBanTin", "CONFIRM");
        f.put("MaLoi", maLoi);
        f.put("MaDoiTac", "000.00.00.H57");
        f.put("MaThamChieu", "HS-2025-0001");
        f.put("SoTien", soTien);
        f.put("MaTienTe", "VND");
        f.put("MaGiaoDich", "PP0000001");
        f.put("MaNganHang", "NCB");
        f.put("ThoiGianGD", "20250101083512");
        f.put("ThongTinGiaoDich", "Lệ phí hộ tịch");
        f.put("MaXacThuc", DvcqgPayAccount.maXacThuc(f, DvcqgPayAccount.CONFIRM_HASHED, "sandbox-dvcqg-pay-key"));
        return f;
    }

    @Test
    void confirmationHashFollowsOpenCpsOrder() {
        // Synthetic vector, Python hashlib.sha256 over "CONFIRM|00|000.00.00.H57|HS-2025-0001|150000|VND|
        // PP0000001|NCB|20250101083512|Lệ phí hộ tịch|sandbox-dvcqg-pay-key" (ThoiGianGD before
        // ThongTinGiaoDich, as PayGateUtil.generateChecksum with 11 arguments concatenates them).
        assertEquals(
                "1d3c8ec3a44120e2a5d869fa1f9ee7362ca9b3247002e9f339dde9b4584db7ec",
                confirmation("00", "150000").get("MaXacThuc"));
    }

    @Test
    void verifiesAConfirmationOnceAndEchoesIt() {
        CallbackFields callback = CallbackFields.of(confirmation("00", "150000"));
        PaymentVerification v = DVCQG.verifyCallback(callback, ORDERS);
        assertTrue(v.isVerified(), v.toString());
        assertEquals(
                "{\"MaLoi\":\"00\",\"MoTaLoi\":\"Thành công\",\"MaDoiTac\":\"000.00.00.H57\",\"MaThamChieu\":\"HS-2025-0001\","
                        + "\"ThoiGianGD\":\"20250101083512\","
                        + "\"MaXacThuc\":\"1d3c8ec3a44120e2a5d869fa1f9ee7362ca9b3247002e9f339dde9b4584db7ec\"}",
                DVCQG.reply(v, callback).body());
        PaymentVerification replay = DVCQG.verifyCallback(callback, ORDERS);
        assertEquals(RejectReason.REPLAY, ((PaymentVerification.Rejected) replay).reason());
        assertEquals("99", DVCQG.reply(replay, callback).code());
    }

    @Test
    void rejectsTamperingAndOtherPartners() {
        Map<String, String> tampered = confirmation("00", "150000");
        tampered.put("SoTien", "15000");
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) DVCQG.verifyReturn(CallbackFields.of(tampered), ORDERS)).reason());
        assertEquals(
                RejectReason.AMOUNT_MISMATCH,
                ((PaymentVerification.Rejected)
                                DVCQG.verifyReturn(CallbackFields.of(confirmation("00", "15000")), ORDERS))
                        .reason());
        PaymentVerification.Rejected failed = assertInstanceOf(
                PaymentVerification.Rejected.class,
                DVCQG.verifyReturn(CallbackFields.of(confirmation("01", "150000")), ORDERS));
        assertEquals(RejectReason.GATEWAY_FAILURE, failed.reason());
        Map<String, String> other = confirmation("00", "150000");
        other.put("MaDoiTac", "000.00.00.H01");
        other.put(
                "MaXacThuc", DvcqgPayAccount.maXacThuc(other, DvcqgPayAccount.CONFIRM_HASHED, "sandbox-dvcqg-pay-key"));
        PaymentVerification.Rejected otherPartner = assertInstanceOf(
                PaymentVerification.Rejected.class, DVCQG.verifyReturn(CallbackFields.of(other), ORDERS));
        assertEquals(RejectReason.UNKNOWN_ORDER, otherPartner.reason());
        assertEquals("MaDoiTac is another partner's", otherPartner.detail());
    }
}
