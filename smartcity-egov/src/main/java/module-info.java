/** Clients for the government service bus, DVCQG, Open311 field reports and payment gateways. */
module vn.smartcity.egov {
    requires transitive vn.smartcity.core;
    requires transitive okhttp3;
    requires jakarta.json;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.egov;
    exports vn.smartcity.egov.bus;
    exports vn.smartcity.egov.dossier;
    exports vn.smartcity.egov.dvcqg;
    exports vn.smartcity.egov.http;
    // vn.smartcity.egov.internal is not exported.

    uses vn.smartcity.egov.bus.BusConnector;

    provides vn.smartcity.egov.bus.BusConnector with
            vn.smartcity.egov.bus.LgspConnector,
            vn.smartcity.egov.bus.NgspConnector;
}
