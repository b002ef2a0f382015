/** Clients for the government service bus, DVCQG, Open311 field reports and payment gateways. */
module vn.smartcity.egov {
    requires transitive vn.smartcity.core;
    requires transitive okhttp3;
    requires jakarta.json;
    requires java.xml;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.egov;
    exports vn.smartcity.egov.bus;
    exports vn.smartcity.egov.dossier;
    exports vn.smartcity.egov.dvcqg;
    exports vn.smartcity.egov.http;
    exports vn.smartcity.egov.open311;
    exports vn.smartcity.egov.payment;
    // The internal packages (vn.smartcity.egov.internal, .open311.internal, .payment.internal) are not exported.

    uses vn.smartcity.egov.bus.BusConnector;
    uses vn.smartcity.egov.payment.PaymentGateway;

    provides vn.smartcity.egov.bus.BusConnector with
            vn.smartcity.egov.bus.LgspConnector,
            vn.smartcity.egov.bus.NgspConnector;
    provides vn.smartcity.egov.payment.PaymentGateway with
            vn.smartcity.egov.payment.PayGovGateway,
            vn.smartcity.egov.payment.DvcqgPayGateway,
            vn.smartcity.egov.payment.VnPayGateway;
}
