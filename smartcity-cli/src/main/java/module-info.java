/** The {@code smartcity} command: look up identifiers and units, list plugins, run the demo. */
module vn.smartcity.cli {
    requires vn.smartcity.core;
    requires vn.smartcity.iot;
    requires vn.smartcity.card;
    requires vn.smartcity.egov;
    requires vn.smartcity.testkit;
    requires info.picocli;
    requires jakarta.json;
    requires jdk.httpserver; // the demo's payment callback endpoint
    requires static org.jspecify;

    // picocli reads the command classes' annotations and sets their fields.
    opens vn.smartcity.cli to
            info.picocli;

    exports vn.smartcity.cli;
}
