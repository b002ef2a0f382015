/** Sandbox server, simulated chip, test PKI and sample feeds, for tests and the demo. */
module vn.smartcity.testkit {
    requires transitive vn.smartcity.core;
    requires vn.smartcity.iot;
    requires vn.smartcity.card;
    requires vn.smartcity.egov;
    requires static transitive org.jspecify;

    exports vn.smartcity.testkit;
}
