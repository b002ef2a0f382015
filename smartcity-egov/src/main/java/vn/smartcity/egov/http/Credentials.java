package vn.smartcity.egov.http;

import java.util.Objects;

/**
 * A pair of an identifier and its secret: an OAuth 2 client id and secret, a DVCQG user name and
 * password, a payment gateway's access key and secret key.
 *
 * <p>{@link #toString()} hides the secret.
 *
 * @param id the public half: client id, user name, access key
 * @param secret the secret half: client secret, password, secret key
 */
public record Credentials(String id, String secret) {

    /**
     * Validates the components.
     *
     * @param id the {@code id} component, not blank
     * @param secret the {@code secret} component, not empty
     * @throws IllegalArgumentException if {@code id} is blank or {@code secret} empty
     */
    public Credentials {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        if (id.isBlank()) {
            throw new IllegalArgumentException("credentials: the id is blank");
        }
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("credentials: the secret is empty");
        }
    }

    /**
     * Shows the id and hides the secret.
     *
     * @return such as {@code Credentials[id=smartcity, secret=****]}
     */
    @Override
    public String toString() {
        return "Credentials[id=" + id + ", secret=****]";
    }
}
