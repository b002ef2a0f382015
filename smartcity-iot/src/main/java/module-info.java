/** Sensor protocol codecs on one observation model, and the air-quality index. */
module vn.smartcity.iot {
    requires transitive vn.smartcity.core;
    requires transitive jakarta.json;
    requires static transitive org.jspecify;

    exports vn.smartcity.iot;
    exports vn.smartcity.iot.aqi;
    exports vn.smartcity.iot.hj212;
    exports vn.smartcity.iot.lpp;
    exports vn.smartcity.iot.modbus;
    exports vn.smartcity.iot.ngsild;
    exports vn.smartcity.iot.nmea;
    exports vn.smartcity.iot.senml;
    exports vn.smartcity.iot.tt10;

    uses vn.smartcity.iot.SensorCodec;

    provides vn.smartcity.iot.SensorCodec with
            vn.smartcity.iot.hj212.Hj212Codec,
            vn.smartcity.iot.lpp.CayenneLppCodec,
            vn.smartcity.iot.modbus.ModbusRtuCodec,
            vn.smartcity.iot.nmea.NmeaCodec,
            vn.smartcity.iot.senml.SenmlJsonCodec,
            vn.smartcity.iot.senml.SenmlCborCodec,
            vn.smartcity.iot.tt10.Tt10Codec;
}
