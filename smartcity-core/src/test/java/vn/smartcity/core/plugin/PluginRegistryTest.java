package vn.smartcity.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

    private static PluginRegistry<Greeter> loadFromClassPath(Map<String, String> properties) {
        return PluginRegistry.builder(Greeter.class)
                .classLoader(PluginRegistryTest.class.getClassLoader())
                .properties(properties)
                .reporter(d -> {})
                .build();
    }

    private static List<PluginDiagnostic.Kind> kinds(PluginRegistry<?> registry) {
        return registry.diagnostics().stream().map(PluginDiagnostic::kind).collect(Collectors.toList());
    }

    @Test
    void discoversProvidersListedInMetaInfServicesOnTheClassPath() {
        PluginRegistry<Greeter> registry = loadFromClassPath(Map.of());

        assertEquals(List.of("en", "vi"), registry.ids());
        assertEquals("Xin chào, Lan", registry.get("vi").greet("Lan"));
        assertEquals("greeter", registry.typeKey());
        PluginEntry<Greeter> vi = registry.entries().get(1);
        assertEquals(TestGreeters.Vietnamese.class.getName(), vi.provider());
        assertTrue(vi.origin().contains("test-classes"), vi.origin());
    }

    @Test
    void brokenMissingAndMalformedProvidersAreReportedAndSkipped() {
        List<PluginDiagnostic> reported = new ArrayList<>();
        PluginRegistry<Greeter> registry = PluginRegistry.builder(Greeter.class)
                .classLoader(PluginRegistryTest.class.getClassLoader())
                .properties(Map.of())
                .reporter(reported::add)
                .build();

        assertEquals(registry.diagnostics(), reported, "every diagnostic also goes to the reporter");
        PluginDiagnostic broken = registry.diagnostics().stream()
                .filter(d -> d.provider().endsWith("$Broken"))
                .findFirst()
                .orElseThrow();
        assertEquals(PluginDiagnostic.Kind.BROKEN, broken.kind());
        assertTrue(broken.message().contains("licence file missing"), broken.message());
        assertTrue(broken.cause() != null);

        PluginDiagnostic missing = registry.diagnostics().stream()
                .filter(d -> d.message().contains("DoesNotExist"))
                .findFirst()
                .orElseThrow();
        assertEquals(PluginDiagnostic.Kind.BROKEN, missing.kind());

        PluginDiagnostic badId = registry.diagnostics().stream()
                .filter(d -> d.kind() == PluginDiagnostic.Kind.INVALID_ID)
                .findFirst()
                .orElseThrow();
        assertTrue(badId.message().contains("'Bad Id'"), badId.message());
        assertEquals(TestGreeters.BadId.class.getName(), badId.provider());
    }

    @Test
    void twoProvidersWithOneIdResolveByPriorityAndSayWhy() {
        PluginRegistry<Greeter> registry = loadFromClassPath(Map.of());

        assertInstanceOf(TestGreeters.FancyEnglish.class, registry.get("en"));
        List<PluginDiagnostic> duplicates = registry.diagnostics().stream()
                .filter(d -> d.kind() == PluginDiagnostic.Kind.DUPLICATE)
                .collect(Collectors.toList());
        assertEquals(1, duplicates.size());
        PluginDiagnostic duplicate = duplicates.get(0);
        assertEquals("en", duplicate.id());
        assertEquals(TestGreeters.English.class.getName(), duplicate.provider(), "the loser is named");
        assertTrue(duplicate.message().contains("priority is higher (10 > 0)"), duplicate.message());
        assertTrue(
                duplicate
                        .message()
                        .contains("smartcity.plugins.greeter.prefer=en=" + TestGreeters.English.class.getName()),
                "the message says how to choose the other: " + duplicate.message());
    }

    @Test
    void equalPrioritiesResolveByClassNameWhateverTheDiscoveryOrder() {
        Greeter a = new NamedGreeter("same");
        Greeter b = new OtherNamedGreeter("same");
        PluginRegistry<Greeter> ab = PluginRegistry.builder(Greeter.class)
                .plugins(List.of(a, b))
                .properties(Map.of())
                .reporter(d -> {})
                .build();
        PluginRegistry<Greeter> ba = PluginRegistry.builder(Greeter.class)
                .plugins(List.of(b, a))
                .properties(Map.of())
                .reporter(d -> {})
                .build();

        assertEquals(ab.get("same").getClass(), ba.get("same").getClass());
        assertInstanceOf(NamedGreeter.class, ab.get("same"), "NamedGreeter sorts before OtherNamedGreeter");
        assertTrue(ab.diagnostics().get(0).message().contains("class name sorts first"));
    }

    @Test
    void preferPropertyChoosesTheLoserOfADuplicate() {
        PluginRegistry<Greeter> registry = loadFromClassPath(
                Map.of("smartcity.plugins.greeter.prefer", "en=" + TestGreeters.English.class.getName()));

        assertInstanceOf(TestGreeters.English.class, registry.get("en"));
        assertTrue(registry.diagnostics().stream()
                .anyMatch(d -> d.kind() == PluginDiagnostic.Kind.DUPLICATE
                        && d.message().contains("prefer setting names it")));
    }

    @Test
    void preferPropertyChoosesThePreferredPlugin() {
        assertEquals("en", loadFromClassPath(Map.of()).preferred().orElseThrow().id(), "highest priority");
        assertEquals(
                "vi",
                loadFromClassPath(Map.of("smartcity.plugins.greeter.prefer", "xx, vi"))
                        .preferred()
                        .orElseThrow()
                        .id());
    }

    @Test
    void preferNamingAnUnknownIdIsReportedNotIgnoredSilently() {
        PluginRegistry<Greeter> registry = loadFromClassPath(Map.of("smartcity.plugins.greeter.prefer", "xx"));

        assertTrue(kinds(registry).contains(PluginDiagnostic.Kind.CONFIGURATION));
        assertEquals("en", registry.preferred().orElseThrow().id());
    }

    @Test
    void disablePropertyLeavesAPluginOut() {
        PluginRegistry<Greeter> registry = loadFromClassPath(Map.of("smartcity.plugins.greeter.disable", "VI"));

        assertEquals(List.of("en"), registry.ids());
        assertTrue(registry.diagnostics().stream()
                .anyMatch(d -> d.kind() == PluginDiagnostic.Kind.DISABLED && "vi".equals(d.id())));
        UnknownPluginException e = assertThrows(UnknownPluginException.class, () -> registry.get("vi"));
        assertTrue(e.getMessage().contains("(disabled: vi)"), e.getMessage());
    }

    @Test
    void systemPropertiesAreReadByDefault() {
        String key = "smartcity.plugins.greeter.disable";
        System.setProperty(key, "en");
        try {
            PluginRegistry<Greeter> registry = PluginRegistry.builder(Greeter.class)
                    .classLoader(PluginRegistryTest.class.getClassLoader())
                    .reporter(d -> {})
                    .build();
            assertEquals(List.of("vi"), registry.ids());
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void unknownIdFailsListingTheKnownIdsAndTheClosestOne() {
        PluginRegistry<Greeter> registry = loadFromClassPath(Map.of());

        UnknownPluginException e = assertThrows(UnknownPluginException.class, () -> registry.get("vie"));
        assertEquals("No greeter plugin has id 'vie'. Known ids: en, vi. Did you mean 'vi'?", e.getMessage());
        assertEquals(List.of("en", "vi"), e.availableIds());
        assertEquals("vie", e.requestedId());
        assertFalse(registry.find("vn").isPresent());
        assertTrue(registry.find(" VI ").isPresent(), "ids are matched after trimming and lower-casing");
    }

    @Test
    void emptyRegistrySaysNothingIsInstalled() {
        PluginRegistry<Greeter> registry = PluginRegistry.of(Greeter.class, List.of());

        UnknownPluginException e = assertThrows(UnknownPluginException.class, () -> registry.get("en"));
        assertEquals("No greeter plugin has id 'en'. No greeter plugins are installed", e.getMessage());
        assertTrue(registry.preferred().isEmpty());
    }

    @Test
    void explicitListIsValidatedLikeDiscoveredPlugins() {
        PluginRegistry<Greeter> registry = PluginRegistry.builder(Greeter.class)
                .plugins(List.of(new TestGreeters.Vietnamese(), new TestGreeters.BadId()))
                .properties(Map.of())
                .reporter(d -> {})
                .build();

        assertEquals(List.of("vi"), registry.ids());
        assertEquals(List.of(PluginDiagnostic.Kind.INVALID_ID), kinds(registry));
    }

    @Test
    void throwingIdMethodIsReportedAsBroken() {
        Greeter throwing = new NamedGreeter("x") {
            @Override
            public String id() {
                throw new UnsupportedOperationException("not configured");
            }
        };
        PluginRegistry<Greeter> registry = PluginRegistry.builder(Greeter.class)
                .plugins(List.of(throwing))
                .properties(Map.of())
                .reporter(d -> {})
                .build();

        assertTrue(registry.ids().isEmpty());
        assertEquals(PluginDiagnostic.Kind.BROKEN, registry.diagnostics().get(0).kind());
        assertTrue(registry.diagnostics().get(0).message().contains("not configured"));
    }

    @Test
    void typeKeysAreKebabCase() {
        assertEquals("greeter", PluginIds.typeKey(Greeter.class));
        assertEquals("plugin-registry", PluginIds.typeKey(PluginRegistry.class));
        assertEquals("apdu-transport", PluginIds.typeKey(APDUTransport.class));
    }

    @Test
    void idRules() {
        assertTrue(PluginIds.isValid("hj212"));
        assertTrue(PluginIds.isValid("senml-json"));
        assertTrue(PluginIds.isValid("vn.tt10_2021"));
        assertFalse(PluginIds.isValid("-x"));
        assertFalse(PluginIds.isValid("HJ212"));
        assertFalse(PluginIds.isValid(""));
        assertFalse(PluginIds.isValid("a b"));
        assertFalse(PluginIds.isValid("a".repeat(65)));
        assertFalse(PluginIds.isValid(null));
    }

    private interface APDUTransport {}

    static class NamedGreeter implements Greeter {
        private final String id;

        NamedGreeter(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public String greet(String name) {
            return name;
        }
    }

    static final class OtherNamedGreeter extends NamedGreeter {
        OtherNamedGreeter(String id) {
            super(id);
        }
    }
}
