/** Clients for the government service bus, DVCQG, Open311 field reports and payment gateways. */
module vn.smartcity.egov {
    requires transitive vn.smartcity.core;
    requires transitive okhttp3;
    requires jakarta.json;
    requires java.xml;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.egov;
    exports vn.smartcity.egov.dossier;
    exports vn.smartcity.egov.http;
    exports vn.smartcity.egov.open311;
// vn.smartcity.egov.internal and vn.smartcity.egov.open311.internal are not exported.
}
