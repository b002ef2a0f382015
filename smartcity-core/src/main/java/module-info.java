/**
 * The core of smartcity-sdk: the plugin SPI and registry, identifiers and value types shared by
 * every module, Vietnam's administrative units and the JSON-B setup.
 */
module vn.smartcity.core {
    requires transitive jakarta.json.bind;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.core;
    exports vn.smartcity.core.admin;
    exports vn.smartcity.core.geo;
    exports vn.smartcity.core.id;
    exports vn.smartcity.core.json;
    exports vn.smartcity.core.money;
    exports vn.smartcity.core.plugin;
// vn.smartcity.core.internal is not exported.
}
