/**
 * The core of smartcity-sdk: the plugin SPI and registry, identifiers and value types shared by
 * every module, Vietnam's administrative units and the JSON-B setup.
 */
module vn.smartcity.core {
    requires transitive jakarta.json.bind;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.core;
    exports vn.smartcity.core.plugin;
}
