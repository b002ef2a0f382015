package vn.smartcity.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;

/** The sensor codecs the command can use (the SDK's and any plugin jar's), and format detection. */
final class Codecs {

    /**
     * Detection order: formats with a strict signature first, loose binary formats last (almost any
     * byte string is a well-formed Cayenne LPP frame). Plugins' codecs come after these, by id.
     */
    private static final List<String> SPECIFICITY =
            List.of("hj212", "nmea", "senml-json", "senml-cbor", "vn-tt10", "modbus-rtu", "cayenne-lpp");

    private Codecs() {}

    static PluginRegistry<SensorCodec> registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return PluginRegistry.builder(SensorCodec.class)
                .classLoader(loader == null ? Codecs.class.getClassLoader() : loader)
                .build();
    }

    /** A codec and what it decoded. */
    record Decoded(SensorCodec codec, List<Observation> records) {}

    /**
     * Decodes with the named codec, or with {@code auto} the first codec, in order of specificity,
     * that recognises the bytes and decodes them without error.
     */
    static Decoded decode(String id, byte[] bytes, DecodeContext context) {
        PluginRegistry<SensorCodec> registry = registry();
        if (!id.equalsIgnoreCase("auto")) {
            SensorCodec codec = registry.get(id);
            return new Decoded(codec, codec.decode(bytes, context));
        }
        List<SensorCodec> candidates = new ArrayList<>(registry.plugins());
        candidates.removeIf(c -> !c.looksLike(bytes, 0, bytes.length));
        candidates.sort(Comparator.comparingInt((SensorCodec c) -> {
                    int i = SPECIFICITY.indexOf(c.id());
                    return i < 0 ? SPECIFICITY.size() : i;
                })
                .thenComparing(SensorCodec::id));
        if (candidates.isEmpty()) {
            throw new SmartCity.InputError("no codec recognises this input; choose one with --codec (known: "
                    + String.join(", ", registry.ids()) + ")");
        }
        CodecException first = null;
        for (SensorCodec codec : candidates) {
            try {
                return new Decoded(codec, codec.decode(bytes, context));
            } catch (CodecException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw first;
    }
}
