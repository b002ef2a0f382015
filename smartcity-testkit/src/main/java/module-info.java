/** Sandbox server, simulated chip, test PKI and sample feeds, for tests and the demo. */
module vn.smartcity.testkit {
    requires transitive vn.smartcity.core;
    requires vn.smartcity.iot;
    requires vn.smartcity.card;
    requires vn.smartcity.egov;
    requires static transitive org.jspecify;

// API packages are exported here as the issues that fill this module add them.
}
