package vn.smartcity.egov.payment.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.payment.PaymentRequest;

/** Reading gateways' JSON answers to payment requests. */
public final class Answers {

    private Answers() {}

    /**
     * Refuses to read an answer to a redirect request.
     *
     * @param request the request
     * @throws IllegalArgumentException if it is a redirect
     */
    public static void requirePost(PaymentRequest request) {
        if (request.kind() != PaymentRequest.Kind.POST_JSON) {
            throw new IllegalArgumentException(
                    request.gatewayId() + ": a " + request.kind() + " request has no answer to read");
        }
    }

    /**
     * The answer's JSON object.
     *
     * @param gatewayId the gateway, for the exception
     * @param answer the answer
     * @return the object
     * @throws ServiceException if the body is not a JSON object and the status is not 2xx: the
     *     status is the code, the parse failure the cause
     * @throws InvalidResponseException if the body of a 2xx answer is not a JSON object
     */
    public static JsonObject object(String gatewayId, EgovResponse answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.bodyText()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            InvalidResponseException invalid = new InvalidResponseException(
                    gatewayId, answer.status(), "the answer is not a JSON object", answer.requestId(), e);
            if (!answer.isSuccessful()) {
                throw new ServiceException(
                        gatewayId,
                        answer.status(),
                        Integer.toString(answer.status()),
                        null,
                        answer.requestId(),
                        invalid);
            }
            throw invalid;
        }
    }

    /**
     * A string member, or a number member as text.
     *
     * @param object the object
     * @param name the member
     * @return the text, or {@code null} if absent, null or not a scalar
     */
    public static @Nullable String text(@Nullable JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString) {
            return ((JsonString) value).getString();
        }
        return value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
    }

    /**
     * An absolute http(s) URL from an answer.
     *
     * @param gatewayId the gateway
     * @param answer the answer
     * @param field the member's name, for the message
     * @param text the member's value
     * @return the URL
     * @throws InvalidResponseException if it is not an absolute http(s) URL
     */
    public static URI pageUrl(String gatewayId, EgovResponse answer, String field, String text) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw new InvalidResponseException(
                    gatewayId, answer.status(), field + " is not a URL", answer.requestId(), e);
        }
        throw new InvalidResponseException(
                gatewayId, answer.status(), field + " is not an absolute http(s) URL", answer.requestId(), null);
    }
}
