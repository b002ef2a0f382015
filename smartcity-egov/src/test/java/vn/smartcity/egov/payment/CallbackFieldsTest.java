package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackFieldsTest {

    @Test
    void decodesQueries() {
        CallbackFields f = CallbackFields.ofQuery("vnp_OrderInfo=L%E1%BB%87+ph%C3%AD&vnp_Amount=100&&flag");
        assertEquals(Map.of("vnp_OrderInfo", "Lệ phí", "vnp_Amount", "100", "flag", ""), f.asMap());
        assertEquals(Optional.empty(), f.problem());
        assertEquals("CallbackFields[vnp_OrderInfo, vnp_Amount, flag]", f.toString());
        assertTrue(CallbackFields.ofQuery(null).asMap().isEmpty());
    }

    @Test
    void recordsProblemsInsteadOfThrowing() {
        assertEquals(
                Optional.of("field 'a' appears more than once"),
                CallbackFields.ofQuery("a=1&a=2").problem());
        assertEquals(
                Optional.of("field (unprintable name) appears more than once"),
                CallbackFields.ofQuery("%0A=1&%0A=2").problem());
        assertEquals(
                Optional.of("bad percent-encoding at offset 4"),
                CallbackFields.ofQuery("a=1&b=%G1").problem());
        assertEquals(
                Optional.of("query longer than 65536 characters"),
                CallbackFields.ofQuery("a=" + "x".repeat(65_536)).problem());
        assertEquals(
                Optional.of("the body is not a JSON object"),
                CallbackFields.ofJson("[1,2]").problem());
        assertEquals(
                Optional.of("the body is not valid JSON"),
                CallbackFields.ofJson("{\"a\":1,}").problem());
        assertEquals(
                Optional.of("a member name appears more than once"),
                CallbackFields.ofJson("{\"a\":1,\"a\":2}").problem());
        assertEquals(
                Optional.of("the body is not valid JSON"),
                CallbackFields.ofJson("{} {}").problem());
        assertEquals(
                "CallbackFields[unreadable: the body is not valid JSON]",
                CallbackFields.ofJson("{}{}").toString());
    }

    @Test
    void readsJsonScalarsAsSent() {
        CallbackFields f = CallbackFields.ofJson(
                "{\"amount\":150000,\"big\":1.50E+5,\"ok\":true,\"no\":null,\"nested\":{\"x\":[1,{\"y\":2}]},\"s\":\"Lệ phí\"}");
        assertEquals(Map.of("amount", "150000", "big", "1.50E+5", "ok", "true", "s", "Lệ phí"), f.asMap());
    }
}
