package vn.example.quangninh.smartcity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path: a JVM started with {@code --module-path} holding only the plugin jar, the
 * SDK's jars and a tiny application module compiled here, in which {@code
 * vn.example.quangninh.smartcity} is a named module found through its {@code provides} clauses.
 */
class ModulePathDiscoveryIT {

    @TempDir
    static Path work;

    private static List<String> output = List.of();

    private static final String LINE = "QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10=60.1;NO2=21;CRC=3F6D";

    @BeforeAll
    static void compileAndRun() throws Exception {
        Path src = work.resolve("src/province.check");
        write(src.resolve("module-info.java"), """
                module province.check {
                    requires vn.example.quangninh.smartcity;
                }
                """);
        write(src.resolve("province/check/Main.java"), """
                package province.check;

                import java.nio.charset.StandardCharsets;
                import java.util.TreeSet;
                import vn.smartcity.core.plugin.PluginRegistry;
                import vn.smartcity.egov.bus.BusConnector;
                import vn.smartcity.egov.bus.BusConnectors;
                import vn.smartcity.iot.Observation;
                import vn.smartcity.iot.SensorCodec;

                public final class Main {
                    public static void main(String[] args) {
                        PluginRegistry<SensorCodec> codecs =
                                PluginRegistry.builder(SensorCodec.class).reporter(d -> {}).build();
                        codecs.entries().forEach(e ->
                                System.out.println("codec " + e.id() + " " + e.provider() + " " + e.origin()));
                        PluginRegistry<BusConnector> buses =
                                PluginRegistry.builder(BusConnector.class).reporter(d -> {}).build();
                        buses.entries().forEach(e ->
                                System.out.println("bus " + e.id() + " " + e.provider() + " " + e.origin()));
                        codecs.diagnostics().forEach(d -> System.out.println("diag " + d));
                        buses.diagnostics().forEach(d -> System.out.println("diag " + d));
                        System.out.println("scheme qnlgsp -> " + BusConnectors.forScheme(buses, "qnlgsp").id());
                        SensorCodec qn1 = codecs.get("qn1");
                        for (Observation o : qn1.decode(args[0].getBytes(StandardCharsets.US_ASCII))) {
                            System.out.println("record " + o.source() + " " + o.name() + " = " + o.number()
                                    + " " + o.unit());
                        }
                        Module plugin = qn1.getClass().getModule();
                        TreeSet<String> exports = new TreeSet<>();
                        plugin.getDescriptor().exports().forEach(e -> exports.add(e.source()));
                        System.out.println("exports " + exports);
                        PluginRegistry<SensorCodec> layer = PluginRegistry.builder(SensorCodec.class)
                                .moduleLayer(ModuleLayer.boot()).reporter(d -> {}).build();
                        System.out.println("layer has qn1: " + layer.ids().contains("qn1"));
                    }
                }
                """);

        List<Path> modulePath = new ArrayList<>();
        modulePath.add(Forks.pluginJar());
        modulePath.addAll(Forks.runtimeJars());
        Path out = work.resolve("out/province.check");
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "tests need a JDK, not a JRE");
        int status = javac.run(
                System.out,
                System.err,
                "-d",
                out.toString(),
                "--module-path",
                Forks.path(modulePath),
                src.resolve("module-info.java").toString(),
                src.resolve("province/check/Main.java").toString());
        assertEquals(0, status, "the application module compiles against the plugin's module");

        modulePath.add(out);
        Forks.Run run = Forks.run(List.of(
                Forks.java(),
                "--module-path",
                Forks.path(modulePath),
                "-m",
                "province.check/province.check.Main",
                LINE));
        output = Arrays.asList(run.out().split("\\R"));
        assertEquals(0, run.status(), () -> "forked JVM failed: " + run.out() + "\n" + run.err());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String moduleOrigin() throws IOException {
        return "module vn.example.quangninh.smartcity (" + Forks.pluginJar() + ")";
    }

    @Test
    void theCodecIsANamedModulesProvider() throws IOException {
        assertTrue(
                output.contains("codec qn1 vn.example.quangninh.smartcity.qn1.Qn1Codec " + moduleOrigin()),
                output::toString);
        assertTrue(
                output.stream()
                        .anyMatch(l -> l.startsWith(
                                "codec hj212 vn.smartcity.iot.hj212.Hj212Codec module " + "vn.smartcity.iot")),
                "the SDK's own codecs are named modules too: " + output);
    }

    @Test
    void theBusConnectorIsANamedModulesProviderChosenByScheme() throws IOException {
        assertTrue(
                output.contains("bus qn-lgsp vn.example.quangninh.smartcity.bus.QnLgspConnector " + moduleOrigin()),
                output::toString);
        assertTrue(output.stream().anyMatch(l -> l.startsWith("bus lgsp ")), output::toString);
        assertTrue(output.contains("scheme qnlgsp -> qn-lgsp"), output::toString);
    }

    @Test
    void nothingWasBrokenOrDuplicated() {
        assertTrue(output.stream().noneMatch(l -> l.startsWith("diag ")), output::toString);
    }

    @Test
    void theCodecDecodesInTheModule() {
        assertTrue(output.contains("record QN-HL-01 pm2.5 = 35.2 ug/m3"), output::toString);
        assertTrue(output.contains("record QN-HL-01 pm10 = 60.1 ug/m3"), output::toString);
        assertTrue(output.contains("record QN-HL-01 no2 = 21.0 ug/m3"), output::toString);
    }

    @Test
    void theInternalPackageIsNotExported() {
        assertTrue(
                output.contains("exports [vn.example.quangninh.smartcity.bus, vn.example.quangninh.smartcity.qn1]"),
                output::toString);
    }

    @Test
    void theBootLayerSourceFindsItToo() {
        assertTrue(output.contains("layer has qn1: true"), output::toString);
    }
}
