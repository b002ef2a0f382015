package vn.smartcity.card.sod;

import java.util.Objects;

/**
 * The LDSVersionInfo of an LDSSecurityObject version 1 (Doc 9303 Part 10, section 4.6.2.3): the
 * LDS and Unicode versions the document was personalised with, each as four or six digits.
 *
 * @param ldsVersion the LDS version, such as {@code 0108} for LDS 1.8
 * @param unicodeVersion the Unicode version, such as {@code 040000} for Unicode 4.0.0
 */
public record LdsVersion(String ldsVersion, String unicodeVersion) {

    /**
     * Checks the components.
     *
     * @param ldsVersion the LDS version
     * @param unicodeVersion the Unicode version
     */
    public LdsVersion {
        Objects.requireNonNull(ldsVersion, "ldsVersion");
        Objects.requireNonNull(unicodeVersion, "unicodeVersion");
    }
}
