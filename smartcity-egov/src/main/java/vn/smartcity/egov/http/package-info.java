/**
 * The HTTP layer every e-government client is built on (OkHttp 5): immutable settings with HTTPS
 * required unless plain HTTP is allowed explicitly, a unique request id on every call, tracing
 * through SLF4J with secrets and personal data redacted, retries with exponential backoff and
 * jitter for idempotent calls only, failures mapped to the typed exceptions of {@link
 * vn.smartcity.egov}, and JSON-B with the Vietnamese wire date layout {@code yyyyMMddHHmmss}.
 *
 * <p>A client builder extends {@link vn.smartcity.egov.http.EgovClientBuilder}, and the client
 * makes its calls through an {@link vn.smartcity.egov.http.EgovHttp}.
 */
@NullMarked
package vn.smartcity.egov.http;

import org.jspecify.annotations.NullMarked;
