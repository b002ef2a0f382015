package vn.smartcity.egov.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.geo.GeoPoint;

/**
 * A field report to file (GeoReport v2, POST Service Request, Required and Optional Arguments):
 * the service, a location, the answers to the service's attributes, and who reports it.
 *
 * <pre>{@code
 * NewServiceRequest report = NewServiceRequest.builder("001")
 *         .location(GeoPoint.of(16.4637, 107.5909))
 *         .description("Ổ gà lớn trước số 12 Lê Lợi")
 *         .mediaUrl("https://cdn.example.vn/anh/o-ga.jpg")
 *         .attribute("MUC_DO", "nghiem-trong")
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} refuses a report without a location: the specification requires
 * {@code lat} and {@code long}, {@code address_string} or {@code address_id}. {@link
 * #checkAgainst(ServiceDefinition)} checks the attributes against the service's definition.
 * {@link #toString()} leaves out the reporter's personal data and free text.
 */
public final class NewServiceRequest {

    /** The longest description, as the specification limits it. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    private static final String TYPE = "NewServiceRequest";

    private final String serviceCode;
    private final @Nullable GeoPoint location;
    private final @Nullable String addressString;
    private final @Nullable String addressId;
    private final Map<String, List<String>> attributes;
    private final Set<String> multiValued;
    private final @Nullable String email;
    private final @Nullable String deviceId;
    private final @Nullable String accountId;
    private final @Nullable String firstName;
    private final @Nullable String lastName;
    private final @Nullable String phone;
    private final @Nullable String description;
    private final @Nullable String mediaUrl;

    private NewServiceRequest(Builder b) {
        this.serviceCode = b.serviceCode;
        this.location = b.location;
        this.addressString = b.addressString;
        this.addressId = b.addressId;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.attributes.forEach((code, values) -> copy.put(code, List.copyOf(values)));
        this.attributes = Collections.unmodifiableMap(copy);
        this.multiValued = Set.copyOf(b.multiValued);
        this.email = b.email;
        this.deviceId = b.deviceId;
        this.accountId = b.accountId;
        this.firstName = b.firstName;
        this.lastName = b.lastName;
        this.phone = b.phone;
        this.description = b.description;
        this.mediaUrl = b.mediaUrl;
    }

    /**
     * Starts a report for a service.
     *
     * @param serviceCode the {@code service_code} from the service list
     * @return a builder
     */
    public static Builder builder(String serviceCode) {
        return new Builder(serviceCode);
    }

    /**
     * A builder holding this report's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder newBuilder() {
        Builder b = new Builder(serviceCode);
        b.location = location;
        b.addressString = addressString;
        b.addressId = addressId;
        attributes.forEach((code, values) -> b.attributes.put(code, new ArrayList<>(values)));
        b.multiValued.addAll(multiValued);
        b.email = email;
        b.deviceId = deviceId;
        b.accountId = accountId;
        b.firstName = firstName;
        b.lastName = lastName;
        b.phone = phone;
        b.description = description;
        b.mediaUrl = mediaUrl;
        return b;
    }

    /**
     * The service.
     *
     * @return the {@code service_code}
     */
    public String serviceCode() {
        return serviceCode;
    }

    /**
     * The position, sent as {@code lat} and {@code long}.
     *
     * @return the position, or {@code null}
     */
    public @Nullable GeoPoint location() {
        return location;
    }

    /**
     * The address as the citizen wrote it, {@code address_string}.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String addressString() {
        return addressString;
    }

    /**
     * The jurisdiction's address id, {@code address_id}.
     *
     * @return the id, or {@code null}
     */
    public @Nullable String addressId() {
        return addressId;
    }

    /**
     * The attribute values by code, in the order they were given.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> attributes() {
        return attributes;
    }

    /**
     * The reporter's e-mail address.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String email() {
        return email;
    }

    /**
     * The reporting device's id.
     *
     * @return the id, or {@code null}
     */
    public @Nullable String deviceId() {
        return deviceId;
    }

    /**
     * The reporter's account id on the server.
     *
     * @return the id, or {@code null}
     */
    public @Nullable String accountId() {
        return accountId;
    }

    /**
     * The reporter's given name.
     *
     * @return the name, or {@code null}
     */
    public @Nullable String firstName() {
        return firstName;
    }

    /**
     * The reporter's family name.
     *
     * @return the name, or {@code null}
     */
    public @Nullable String lastName() {
        return lastName;
    }

    /**
     * The reporter's phone number.
     *
     * @return the number, or {@code null}
     */
    public @Nullable String phone() {
        return phone;
    }

    /**
     * The description of the problem.
     *
     * @return the text, or {@code null}
     */
    public @Nullable String description() {
        return description;
    }

    /**
     * The URL of a photo or other media.
     *
     * @return the absolute http or https URL, or {@code null}
     */
    public @Nullable String mediaUrl() {
        return mediaUrl;
    }

    /**
     * Checks the report against its service's definition: same service code, every required
     * attribute answered, every answer fitting its attribute ({@link ServiceDefinition#check(Map)}).
     *
     * @param definition the definition from GET Service Definition
     * @throws InvalidValueException naming what does not fit
     */
    public void checkAgainst(ServiceDefinition definition) {
        if (!definition.serviceCode().equals(serviceCode)) {
            throw new InvalidValueException(
                    TYPE,
                    -1,
                    "the definition is for service " + definition.serviceCode() + ", the report for " + serviceCode);
        }
        definition.check(attributes);
    }

    /**
     * The form body of POST Service Request, {@code application/x-www-form-urlencoded}, in the
     * order of the specification's example request: {@code api_key}, {@code jurisdiction_id},
     * {@code service_code}, the location, the reporter, {@code description}, {@code media_url},
     * then the attributes. Values are UTF-8 and percent-encoded (space as {@code +}); an attribute
     * is {@code attribute[code]=value}, or {@code attribute[code][]=value} once per value for a
     * {@code multivaluelist}, with the code percent-encoded and the brackets written as the
     * specification's example writes them.
     *
     * @param apiKey the API key
     * @param jurisdictionId the jurisdiction, or {@code null}
     * @param definition the service's definition, which decides which attributes are multi-valued,
     *     or {@code null} (then attributes given as lists are)
     * @return the encoded body
     */
    String formBody(String apiKey, @Nullable String jurisdictionId, @Nullable ServiceDefinition definition) {
        StringBuilder out = new StringBuilder();
        field(out, "api_key", apiKey);
        field(out, "jurisdiction_id", jurisdictionId);
        field(out, "service_code", serviceCode);
        if (location != null) {
            String[] latLong = location.toString().split(",", 2);
            field(out, "lat", latLong[0]);
            field(out, "long", latLong[1]);
        }
        field(out, "address_string", addressString);
        field(out, "address_id", addressId);
        field(out, "email", email);
        field(out, "device_id", deviceId);
        field(out, "account_id", accountId);
        field(out, "first_name", firstName);
        field(out, "last_name", lastName);
        field(out, "phone", phone);
        field(out, "description", description);
        field(out, "media_url", mediaUrl);
        for (Map.Entry<String, List<String>> entry : attributes.entrySet()) {
            String code = entry.getKey();
            ServiceAttribute attribute = definition == null ? null : definition.attribute(code);
            boolean multi = attribute != null
                    ? attribute.datatype() == AttributeDatatype.MULTI_VALUE_LIST
                    : multiValued.contains(code);
            String name = "attribute[" + encode(code) + "]" + (multi ? "[]" : "");
            for (String value : entry.getValue()) {
                out.append(out.length() == 0 ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(encode(value));
            }
        }
        return out.toString();
    }

    /** Appends {@code name=value}, the value form-encoded, unless the value is null. */
    static void field(StringBuilder out, String name, @Nullable String value) {
        if (value != null) {
            out.append(out.length() == 0 ? "" : "&").append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The report without personal data or free text: the service, which kinds of location it has,
     * and the attribute codes.
     *
     * @return such as {@code NewServiceRequest[serviceCode=001, location=lat/long, attributes=[MUC_DO]]}
     */
    @Override
    public String toString() {
        List<String> where = new ArrayList<>();
        if (location != null) {
            where.add("lat/long");
        }
        if (addressString != null) {
            where.add("address_string");
        }
        if (addressId != null) {
            where.add("address_id");
        }
        return "NewServiceRequest[serviceCode=" + serviceCode + ", location=" + String.join("+", where)
                + ", attributes=" + attributes.keySet() + "]";
    }

    /** Builds a {@link NewServiceRequest}. */
    public static final class Builder {
        private String serviceCode;
        private @Nullable GeoPoint location;
        private @Nullable String addressString;
        private @Nullable String addressId;
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();
        private final Set<String> multiValued = new LinkedHashSet<>();
        private @Nullable String email;
        private @Nullable String deviceId;
        private @Nullable String accountId;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private @Nullable String phone;
        private @Nullable String description;
        private @Nullable String mediaUrl;

        private Builder(String serviceCode) {
            this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
        }

        /**
         * Sets the service.
         *
         * @param serviceCode the {@code service_code}
         * @return this builder
         */
        public Builder serviceCode(String serviceCode) {
            this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
            return this;
        }

        /**
         * Sets the position, sent as {@code lat} and {@code long} (WGS 84).
         *
         * @param location the position, or {@code null} to clear it
         * @return this builder
         */
        public Builder location(@Nullable GeoPoint location) {
            this.location = location;
            return this;
        }

        /**
         * Sets the address as written, most specific first ({@code address_string}).
         *
         * @param addressString the address, or {@code null} to clear it
         * @return this builder
         */
        public Builder addressString(@Nullable String addressString) {
            this.addressString = blankToNull(addressString);
            return this;
        }

        /**
         * Sets the jurisdiction's address id ({@code address_id}).
         *
         * @param addressId the id, or {@code null} to clear it
         * @return this builder
         */
        public Builder addressId(@Nullable String addressId) {
            this.addressId = blankToNull(addressId);
            return this;
        }

        /**
         * Answers a single-valued attribute, sent as {@code attribute[code]=value}; replaces an
         * earlier answer.
         *
         * @param code the attribute code from the service definition
         * @param value the value (for a {@code singlevaluelist}, the option's key)
         * @return this builder
         * @throws InvalidValueException if the code is blank or has a bracket or control character
         */
        public Builder attribute(String code, String value) {
            checkCode(code);
            attributes.put(code, new ArrayList<>(List.of(Objects.requireNonNull(value, "value"))));
            multiValued.remove(code);
            return this;
        }

        /**
         * Answers a {@code multivaluelist} attribute, sent as {@code attribute[code][]=value} once
         * per value; replaces an earlier answer.
         *
         * @param code the attribute code from the service definition
         * @param keys the chosen options' keys
         * @return this builder
         * @throws InvalidValueException if the code is blank or has a bracket or control character
         */
        public Builder attribute(String code, List<String> keys) {
            checkCode(code);
            List<String> copy = new ArrayList<>();
            for (String key : keys) {
                copy.add(Objects.requireNonNull(key, "key"));
            }
            attributes.put(code, copy);
            multiValued.add(code);
            return this;
        }

        /**
         * Sets the reporter's e-mail address.
         *
         * @param email the address, or {@code null} to clear it
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = blankToNull(email);
            return this;
        }

        /**
         * Sets the reporting device's id ({@code device_id}).
         *
         * @param deviceId the id, or {@code null} to clear it
         * @return this builder
         */
        public Builder deviceId(@Nullable String deviceId) {
            this.deviceId = blankToNull(deviceId);
            return this;
        }

        /**
         * Sets the reporter's account id ({@code account_id}).
         *
         * @param accountId the id, or {@code null} to clear it
         * @return this builder
         */
        public Builder accountId(@Nullable String accountId) {
            this.accountId = blankToNull(accountId);
            return this;
        }

        /**
         * Sets the reporter's given name ({@code first_name}).
         *
         * @param firstName the name, or {@code null} to clear it
         * @return this builder
         */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = blankToNull(firstName);
            return this;
        }

        /**
         * Sets the reporter's family name ({@code last_name}).
         *
         * @param lastName the name, or {@code null} to clear it
         * @return this builder
         */
        public Builder lastName(@Nullable String lastName) {
            this.lastName = blankToNull(lastName);
            return this;
        }

        /**
         * Sets the reporter's phone number.
         *
         * @param phone the number, or {@code null} to clear it
         * @return this builder
         */
        public Builder phone(@Nullable String phone) {
            this.phone = blankToNull(phone);
            return this;
        }

        /**
         * Sets the description of the problem: line breaks allowed, no HTML, at most 4,000
         * characters.
         *
         * @param description the text, or {@code null} to clear it
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = blankToNull(description);
            return this;
        }

        /**
         * Sets the URL of a photo or other media ({@code media_url}); GeoReport v2 sends a URL,
         * not the file.
         *
         * @param mediaUrl an absolute http or https URL, or {@code null} to clear it
         * @return this builder
         */
        public Builder mediaUrl(@Nullable String mediaUrl) {
            this.mediaUrl = blankToNull(mediaUrl);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws InvalidValueException if the service code is blank, there is no location, the
         *     description is too long, the media URL is not an absolute http(s) URL or the e-mail
         *     address has no {@code @}
         */
        public NewServiceRequest build() {
            if (serviceCode.isBlank()) {
                throw new InvalidValueException(TYPE, -1, "service_code is required");
            }
            if (location == null && addressString == null && addressId == null) {
                throw new InvalidValueException(
                        TYPE,
                        -1,
                        "a location is required: lat/long, address_string or address_id (GeoReport v2, POST Service Request)");
            }
            if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
                throw new InvalidValueException(
                        TYPE, -1, "description is longer than " + MAX_DESCRIPTION_LENGTH + " characters");
            }
            if (mediaUrl != null) {
                checkMediaUrl(mediaUrl);
            }
            if (email != null) {
                int at = email.indexOf('@');
                if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
                    throw new InvalidValueException(TYPE, -1, "email is not an e-mail address");
                }
            }
            return new NewServiceRequest(this);
        }

        private static void checkMediaUrl(String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new InvalidValueException(TYPE, e.getIndex(), "media_url is not a URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidValueException(TYPE, -1, "media_url must be an absolute http or https URL");
            }
        }

        private static void checkCode(String code) {
            Objects.requireNonNull(code, "code");
            if (code.isBlank()) {
                throw new InvalidValueException(TYPE, -1, "an attribute code cannot be blank");
            }
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '[' || c == ']' || Character.isISOControl(c)) {
                    throw new InvalidValueException(
                            TYPE, i, "an attribute code cannot contain brackets or control characters");
                }
            }
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
