/**
 * An example province plugin (made up: the fictional vendor Vinh Xanh Instruments and a fictional
 * Quảng Ninh bus): a sensor codec for the vendor's QN1 station lines and a bus connector for a
 * provincial LGSP that differs from the standard one. Both are registered here for the module path
 * and in {@code META-INF/services} for the class path.
 */
module vn.example.quangninh.smartcity {
    requires transitive vn.smartcity.iot;
    requires transitive vn.smartcity.egov;
    requires static org.jspecify;

    exports vn.example.quangninh.smartcity.bus;
    exports vn.example.quangninh.smartcity.qn1;
    // vn.example.quangninh.smartcity.internal is not exported.

    provides vn.smartcity.iot.SensorCodec with
            vn.example.quangninh.smartcity.qn1.Qn1Codec;
    provides vn.smartcity.egov.bus.BusConnector with
            vn.example.quangninh.smartcity.bus.QnLgspConnector;
}
