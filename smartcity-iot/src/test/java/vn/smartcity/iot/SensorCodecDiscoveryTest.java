package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.plugin.PluginRegistry;

/** The SDK's codecs are found as plugins, and both registrations (module and class path) agree. */
class SensorCodecDiscoveryTest {

    static final List<String> IDS =
            List.of("cayenne-lpp", "hj212", "modbus-rtu", "nmea", "senml-cbor", "senml-json", "vn-tt10");

    @Test
    void everyBuiltInCodecIsDiscovered() {
        PluginRegistry<SensorCodec> registry = PluginRegistry.builder(SensorCodec.class)
                .classLoader(SensorCodec.class.getClassLoader())
                .reporter(d -> {})
                .build();
        assertEquals(List.of(), registry.diagnostics());
        assertTrue(registry.ids().containsAll(IDS), registry.ids().toString());
        for (SensorCodec codec : registry.plugins()) {
            assertEquals(codec.id(), codec.id().strip());
            assertTrue(!codec.description().isBlank(), codec.id());
        }
    }

    @Test
    void servicesFileListsWhatModuleInfoProvides() throws IOException {
        Set<String> services;
        try (InputStream in =
                SensorCodec.class.getResourceAsStream("/META-INF/services/" + SensorCodec.class.getName())) {
            services = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        ModuleDescriptor descriptor = SensorCodec.class.getModule().getDescriptor();
        if (descriptor == null) {
            return; // run on the class path: nothing to compare with
        }
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(SensorCodec.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(provided, services);
    }
}
