package vn.smartcity.egov.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.plugin.PluginRegistry;

/** Connector discovery through the plugin registry and choice by URI scheme. */
class BusConnectorsTest {

    /** A province's own connector: an API key header instead of OAuth 2. */
    static final class ApiKeyConnector implements BusConnector {
        @Override
        public String id() {
            return "hue-lgsp";
        }

        @Override
        public String description() {
            return "test connector";
        }

        @Override
        public String scheme() {
            return "hue";
        }

        @Override
        public Interceptor connect(BusConfig config) {
            return chain -> chain.proceed(chain.request()
                    .newBuilder()
                    .header("X-Api-Key", config.credentials().secret())
                    .header(BusClient.CLIENT_HEADER, config.client().toString())
                    .build());
        }
    }

    @Test
    void builtInConnectorsAreDiscovered() {
        PluginRegistry<BusConnector> registry = BusConnectors.load();
        assertTrue(
                registry.ids().containsAll(List.of("lgsp", "ngsp")),
                registry.ids().toString());
        assertTrue(registry.diagnostics().isEmpty(), registry.diagnostics().toString());
        assertInstanceOf(LgspConnector.class, BusConnectors.forScheme(registry, "lgsp"));
        assertInstanceOf(NgspConnector.class, BusConnectors.forScheme(registry, "NGSP+http"));
    }

    @Test
    void anUnknownSchemeListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> BusConnectors.forScheme(BusConnectors.load(), "xroad"));
        assertEquals(
                "no bus connector handles the scheme 'xroad'; schemes handled: lgsp, ngsp (add a connector jar with"
                        + " META-INF/services/vn.smartcity.egov.bus.BusConnector)",
                e.getMessage());
    }

    @Test
    void aBusUriPicksTheConnectorAndTheTransport() {
        BusClient bus = BusClient.builder()
                .busUri("ngsp://ngsp.example.gov.vn/api/v1")
                .credentials("id", "secret")
                .agency(AgencyCode.parse("000.00.00.H57"))
                .endUser("system")
                .build();
        assertEquals("ngsp", bus.connector().id());
        assertEquals(
                "https://ngsp.example.gov.vn/api/v1/oauth2/token",
                bus.config().tokenUrl().toString());
        assertEquals(
                "https://ngsp.example.gov.vn/api/v1/dvcqg", bus.url("dvcqg").toString());

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> BusClient.builder()
                        .busUri("lgsp+http://127.0.0.1:8311/")
                        .credentials("id", "secret")
                        .agency(AgencyCode.parse("000.00.00.H57"))
                        .endUser("system")
                        .build());
        assertTrue(e.getMessage().startsWith("refusing plain HTTP base URL http://127.0.0.1:8311/"), e.getMessage());
    }

    @Test
    void aProvincesConnectorIsChosenByItsScheme() throws IOException, InterruptedException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("{}").build());
            PluginRegistry<BusConnector> registry =
                    PluginRegistry.of(BusConnector.class, List.of(new LgspConnector(), new ApiKeyConnector()));
            BusClient bus = BusClient.builder()
                    .busUri("hue+http://" + server.getHostName() + ":" + server.getPort() + "/")
                    .allowHttp(true)
                    .registry(registry)
                    .credentials("id", "key-123")
                    .agency(AgencyCode.parse("000.00.00.H57"))
                    .endUser("system")
                    .build();
            assertEquals("hue-lgsp", bus.connector().id());
            bus.executeSuccessful(bus.request("x").get().build());
            RecordedRequest request = server.takeRequest();
            assertEquals("key-123", request.getHeaders().get("X-Api-Key"));
            assertEquals("VN/GOV/000.00.00.H57", request.getHeaders().get("X-Road-Client"));
        }
    }

    @Test
    void clientIdsRoundTripAndRejectSlashes() {
        BusClientId id = BusClientId.parse("VN/GOV/000.00.00.H57/one-stop");
        assertEquals("one-stop", id.subsystem());
        assertEquals("VN/GOV/000.00.00.H57/one-stop", id.toString());
        vn.smartcity.core.InvalidValueException e =
                assertThrows(vn.smartcity.core.InvalidValueException.class, () -> BusClientId.parse("VN/GOV"));
        assertEquals("BusClientId: expected INSTANCE/CLASS/MEMBER[/SUBSYSTEM], got 2 parts", e.getMessage());
        e = assertThrows(
                vn.smartcity.core.InvalidValueException.class,
                () -> BusClientId.of(AgencyCode.parse("000.00.00.H57")).withSubsystem("one stop"));
        assertEquals(
                "BusClientId: subsystem: expected a printable ASCII character other than '/' (at position 3)",
                e.getMessage());
    }
}
