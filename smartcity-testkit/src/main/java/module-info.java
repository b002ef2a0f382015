/** Sandbox server, simulated chip, test PKI and sample feeds, for tests and the demo. */
module vn.smartcity.testkit {
    requires transitive vn.smartcity.core;
    requires vn.smartcity.iot;
    requires transitive vn.smartcity.card;
    requires transitive vn.smartcity.egov;
    requires jdk.httpserver;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires org.bouncycastle.pkix;
    requires static transitive org.jspecify;

    exports vn.smartcity.testkit;
    exports vn.smartcity.testkit.sandbox;
    exports vn.smartcity.testkit.chip;
}
