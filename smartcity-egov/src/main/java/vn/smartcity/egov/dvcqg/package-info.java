/**
 * The adapter protocol provincial one-stop systems use with the national public-service portal
 * (Cổng Dịch vụ công quốc gia, DVCQG): log in with a user name, a password and a {@code dstcode}
 * header to get a session, then POST JSON {@code {session, madonvi, service, ...}} and read {@code
 * error_code}, {@code message} and {@code result}.
 *
 * <p>The portal's own specification is not public. Service names, wire field names and the date
 * layout {@code yyyyMMddHHmmss} (Việt Nam time) follow what public integrations send: chiefly
 * {@code VietOpenCPS/opencps-v2} ({@code DVCQGIntegrationActionImpl}, {@code
 * DVCQGIntegrationActionTerm}) and the {@code mapi/login}, {@code mapi/g} adapter paths of
 * integrations with DVCQG-hosted data. Where a model's field is not found in such code, its Javadoc
 * says it is inferred.
 */
@NullMarked
package vn.smartcity.egov.dvcqg;

import org.jspecify.annotations.NullMarked;
