package vn.example.quangninh.smartcity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.example.quangninh.smartcity.bus.QnLgspConnector;
import vn.example.quangninh.smartcity.qn1.Qn1Codec;
import vn.smartcity.core.plugin.Plugin;
import vn.smartcity.core.plugin.PluginEntry;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.egov.bus.BusConnector;
import vn.smartcity.egov.bus.BusConnectors;
import vn.smartcity.iot.SensorCodec;

/**
 * On the class path (failsafe puts the packaged jar there, not target/classes), the SDK's registry
 * finds both plugins through the jar's {@code META-INF/services} files, beside the SDK's own.
 */
class ClassPathDiscoveryIT {

    private static <T extends Plugin> PluginEntry<T> entry(PluginRegistry<T> registry, String id) {
        return registry.entries().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + registry));
    }

    private static void assertFromThePluginJar(PluginEntry<?> entry) throws IOException {
        Path jar = Forks.pluginJar();
        assertEquals(jar.toRealPath(), Path.of(entry.origin()).toRealPath(), entry::toString);
    }

    @Test
    void theCodecIsFoundInThePluginJar() throws IOException {
        PluginRegistry<SensorCodec> codecs = PluginRegistry.load(SensorCodec.class);
        PluginEntry<SensorCodec> qn1 = entry(codecs, "qn1");
        assertEquals(Qn1Codec.class.getName(), qn1.provider());
        assertFromThePluginJar(qn1);
        assertInstanceOf(Qn1Codec.class, codecs.get("qn1"));
        assertTrue(codecs.ids().containsAll(List.of("hj212", "nmea", "qn1")), codecs::toString);
        assertEquals(List.of(), codecs.diagnostics());
    }

    @Test
    void theBusConnectorIsFoundInThePluginJarAndChosenByItsScheme() throws IOException {
        PluginRegistry<BusConnector> connectors = BusConnectors.load();
        PluginEntry<BusConnector> qn = entry(connectors, "qn-lgsp");
        assertEquals(QnLgspConnector.class.getName(), qn.provider());
        assertFromThePluginJar(qn);
        assertTrue(connectors.ids().containsAll(List.of("lgsp", "ngsp", "qn-lgsp")), connectors::toString);
        assertEquals(List.of(), connectors.diagnostics());
        assertInstanceOf(QnLgspConnector.class, BusConnectors.forScheme(connectors, "qnlgsp"));
        assertEquals("lgsp", BusConnectors.forScheme(connectors, "lgsp").id(), "the standard bus is unchanged");
    }
}
