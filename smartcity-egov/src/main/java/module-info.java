/** Clients for the government service bus, DVCQG, Open311 field reports and payment gateways. */
module vn.smartcity.egov {
    requires transitive vn.smartcity.core;
    requires transitive okhttp3;
    requires jakarta.json;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.egov.payment;

    uses vn.smartcity.egov.payment.PaymentGateway;

    provides vn.smartcity.egov.payment.PaymentGateway with
            vn.smartcity.egov.payment.PayGovGateway,
            vn.smartcity.egov.payment.DvcqgPayGateway,
            vn.smartcity.egov.payment.VnPayGateway;
// API packages are exported here as the issues that fill this module add them.
}
