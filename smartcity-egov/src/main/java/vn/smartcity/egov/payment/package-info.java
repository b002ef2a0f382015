/**
 * Online payment gateways: a {@link vn.smartcity.egov.payment.PaymentGateway} plugin per gateway
 * (PayGov, the national online payment platform; the DVCQG payment platform; VNPay 2.1.0) that
 * builds the signed payment request and verifies the gateway's callback or return into a typed
 * {@link vn.smartcity.egov.payment.PaymentVerification}. Each gateway class names the published
 * code or documentation its fields and signature follow, and says what is inferred.
 *
 * <p>Verification never throws for a merely bad callback: a wrong signature, amount or order, a
 * replay or a failure code of the gateway comes back as a named {@link
 * vn.smartcity.egov.payment.RejectReason}. Signatures are compared in constant time; no secret
 * appears in any {@code toString} or log line.
 */
@NullMarked
package vn.smartcity.egov.payment;

import org.jspecify.annotations.NullMarked;
