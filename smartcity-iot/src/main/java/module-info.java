/** Sensor protocol codecs on one observation model, and the air-quality index. */
module vn.smartcity.iot {
    requires transitive vn.smartcity.core;
    requires transitive jakarta.json;
    requires static transitive org.jspecify;

    exports vn.smartcity.iot;

    uses vn.smartcity.iot.SensorCodec;
}
