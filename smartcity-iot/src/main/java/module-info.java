/** Sensor protocol codecs on one observation model, and the air-quality index. */
module vn.smartcity.iot {
    requires transitive vn.smartcity.core;
    requires static transitive org.jspecify;

// API packages are exported here as the issues that fill this module add them.
}
