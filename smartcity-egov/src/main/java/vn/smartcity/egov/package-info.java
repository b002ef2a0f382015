/**
 * Typed clients for the services that provincial e-government systems talk to: the government
 * service bus (LGSP/NGSP), the national public-service portal (DVCQG), Open311 field reports and
 * online payment gateways.
 *
 * <p>This package holds what every client throws: {@link vn.smartcity.egov.EgovException} and its
 * subclasses for service errors, refused credentials, transport failures and malformed answers.
 * Models bind to JSON with JSON-B: Java names are English, wire names are the services&#39; own.
 */
@NullMarked
package vn.smartcity.egov;

import org.jspecify.annotations.NullMarked;
