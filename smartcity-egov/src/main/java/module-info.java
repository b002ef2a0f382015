/** Clients for the government service bus, DVCQG, Open311 field reports and payment gateways. */
module vn.smartcity.egov {
    requires transitive vn.smartcity.core;
    requires transitive okhttp3;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports vn.smartcity.egov.dossier;

// API packages are exported here as the issues that fill this module add them.
}
