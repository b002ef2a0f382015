/** The chip citizen identity card (CCCD): MRZ, QR, ICAO 9303 data groups, chip access. */
module vn.smartcity.card {
    requires transitive vn.smartcity.core;
    requires org.bouncycastle.provider;
    requires static transitive org.jspecify;

// API packages are exported here as the issues that fill this module add them.
}
