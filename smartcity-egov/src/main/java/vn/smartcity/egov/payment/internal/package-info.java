/**
 * The machinery behind the payment gateways: digests and constant-time comparison, the UTC+7
 * timestamps, VNPay's URL encoding, Vietnamese diacritics folding, flat JSON, the in-memory replay
 * guard and the merchant accounts themselves. Not exported; nothing here is API.
 */
@NullMarked
package vn.smartcity.egov.payment.internal;

import org.jspecify.annotations.NullMarked;
