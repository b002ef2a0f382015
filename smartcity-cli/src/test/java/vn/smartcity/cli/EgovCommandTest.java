package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.cli.SmartCityTest.Result;

/** The {@code egov} command group and the e-government extension types in {@code plugins}. */
class EgovCommandTest {

    private static List<String> pluginIds(JsonObject plugins, String key) {
        JsonObject type = plugins.getJsonArray("types").stream()
                .map(t -> t.asJsonObject())
                .filter(t -> t.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
        assertEquals(0, type.getJsonArray("diagnostics").size(), type.toString());
        return type.getJsonArray("plugins").stream()
                .map(p -> p.asJsonObject().getString("id"))
                .collect(Collectors.toList());
    }

    @Test
    void pluginsListsTheBusConnectorsAndPaymentGateways() {
        Result r = SmartCityTest.run("plugins", "--json");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("lgsp", "ngsp"), pluginIds(r.json(), "bus-connector"));
        assertEquals(List.of("dvcqg-pay", "paygov", "vnpay"), pluginIds(r.json(), "payment-gateway"));
    }

    @Test
    void theGroupsPrintTheirUsage() {
        Result egov = SmartCityTest.run("egov");
        assertEquals(0, egov.status(), egov.err());
        for (String command : List.of("sandbox", "procedures", "dossier", "report", "pay")) {
            assertTrue(egov.out().contains("  " + command + " "), egov.out());
        }
        assertTrue(SmartCityTest.run("egov", "report").out().contains("definition"));
        assertTrue(SmartCityTest.run("egov", "pay").out().contains("verify-callback"));
        assertTrue(SmartCityTest.run("egov", "dossier").out().contains("submit"));
        assertEquals(2, SmartCityTest.run("egov", "nope").status());
    }
}
