package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.core.plugin.UnknownPluginException;

class PaymentGatewaysTest {

    @Test
    void theRegistryFindsTheThreeGateways() {
        PluginRegistry<PaymentGateway> gateways = PluginRegistry.load(PaymentGateway.class);
        assertEquals(List.of("dvcqg-pay", "paygov", "vnpay"), gateways.ids());
        assertTrue(gateways.diagnostics().isEmpty(), gateways.diagnostics().toString());
        assertInstanceOf(VnPayGateway.class, gateways.get("vnpay"));
        assertEquals("payment-gateway", gateways.typeKey());
        UnknownPluginException e = assertThrows(UnknownPluginException.class, () -> gateways.get("vnpey"));
        assertTrue(e.getMessage().contains("Did you mean 'vnpay'?"), e.getMessage());
    }

    @Test
    void settingsSayWhatIsSecret() {
        for (PaymentGateway gateway : PluginRegistry.load(PaymentGateway.class).plugins()) {
            assertTrue(gateway.settings().stream().anyMatch(GatewaySetting::secret), gateway.id());
        }
        GatewaySetting payUrl = new VnPayGateway().settings().get(2);
        assertFalse(payUrl.isRequired());
        assertEquals("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", payUrl.defaultValue());
    }

    @Test
    void aMissingOrUnknownSettingIsNamedWithoutItsValue() {
        InvalidValueException missing = assertThrows(
                InvalidValueException.class,
                () -> new VnPayGateway().account(GatewaySettings.of(Map.of("tmnCode", "ABC12345"))));
        assertEquals(
                "GatewaySettings: vnpay needs setting 'hashSecret' (HMAC-SHA512 hash secret, vnp_HashSecret)",
                missing.getMessage());
        InvalidValueException unknown = assertThrows(
                InvalidValueException.class,
                () -> new PayGovGateway().account(GatewaySettings.of(Map.of("secret", "s3cr3t"))));
        assertEquals(
                "GatewaySettings: paygov has no setting 'secret'; it knows partnerCode, accessKey, secretKey,"
                        + " serviceCode, endpoint",
                unknown.getMessage());
        InvalidValueException badUrl = assertThrows(
                InvalidValueException.class,
                () -> new VnPayGateway()
                        .account(GatewaySettings.builder()
                                .set("tmnCode", "ABC12345")
                                .set("hashSecret", "s3cr3t")
                                .set("payUrl", "ftp://example.vn/pay?x=1")
                                .build()));
        assertEquals(
                "GatewaySettings: vnpay setting 'payUrl' must be an http(s) URL without a query", badUrl.getMessage());
        assertFalse(badUrl.getMessage().contains("s3cr3t"));
    }

    @Test
    void ordersRefuseNonsense() {
        assertEquals(
                "PaymentOrder: amount must be more than zero, was 0 VND",
                assertThrows(
                                InvalidValueException.class,
                                () -> PaymentOrder.builder("HS-1", VndAmount.ZERO)
                                        .build())
                        .getMessage());
        assertEquals(
                "PaymentOrder: returnUrl must be absolute",
                assertThrows(
                                InvalidValueException.class,
                                () -> PaymentOrder.builder("HS-1", VndAmount.of(1))
                                        .returnUrl(URI.create("/back"))
                                        .build())
                        .getMessage());
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(
                "PaymentOrder: expiresAt must be after createdAt",
                assertThrows(
                                InvalidValueException.class,
                                () -> PaymentOrder.builder("HS-1", VndAmount.of(1))
                                        .createdAt(now)
                                        .expiresAt(now)
                                        .build())
                        .getMessage());
        PaymentOrder order = PaymentOrder.builder("HS-1", VndAmount.of(1))
                .orderInfo("Nguyễn Văn A nộp lệ phí")
                .clientIp("203.113.10.5")
                .build();
        assertEquals("PaymentOrder[HS-1, 1 VND]", order.toString());
    }

    @Test
    void inMemoryReplayGuardIsBounded() {
        ReplayGuard guard = ReplayGuard.inMemory(2);
        assertTrue(guard.firstSeen("a"));
        assertFalse(guard.firstSeen("a"));
        assertTrue(guard.firstSeen("b"));
        assertTrue(guard.firstSeen("c"));
        assertTrue(guard.firstSeen("a"), "the oldest reference is forgotten first");
        assertFalse(guard.firstSeen("c"));
        assertEquals(
                "capacity must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> ReplayGuard.inMemory(0))
                        .getMessage());
    }
}
