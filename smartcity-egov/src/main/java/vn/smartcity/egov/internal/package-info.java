/**
 * Implementation details of the e-government clients: the OkHttp interceptors for request ids,
 * retries and tracing, and the redaction of secrets and personal data in logs. Not exported; the
 * API is {@link vn.smartcity.egov.http}.
 */
@NullMarked
package vn.smartcity.egov.internal;

import org.jspecify.annotations.NullMarked;
