package vn.smartcity.cli;

import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.SensorCodec;

/** The sensor codecs the command can use: the SDK's and any plugin jar's. */
final class Codecs {

    private Codecs() {}

    static PluginRegistry<SensorCodec> registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return PluginRegistry.builder(SensorCodec.class)
                .classLoader(loader == null ? Codecs.class.getClassLoader() : loader)
                .build();
    }
}
