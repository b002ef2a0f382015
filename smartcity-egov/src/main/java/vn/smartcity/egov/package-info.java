/**
 * Typed clients for the services that provincial e-government systems talk to: the government
 * service bus (LGSP/NGSP), the national public-service portal (DVCQG), Open311 field reports and
 * online payment gateways.
 *
 * <p>Models bind to JSON with JSON-B: Java names are English, wire names are the services&#39; own.
 */
@NullMarked
package vn.smartcity.egov;

import org.jspecify.annotations.NullMarked;
