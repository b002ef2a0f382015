package vn.smartcity.egov.payment;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import vn.smartcity.egov.http.EgovClientBuilder;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.Idempotency;

/**
 * Starts payments over HTTP: builds the signed request with a {@link MerchantAccount} and, for a
 * gateway that is not a plain redirect (PayGov, the DVCQG platform), POSTs it and reads the
 * payment page's URL from the answer. The POST is never retried: a second one could create a
 * second payment.
 *
 * <pre>{@code
 * PaymentClient client = PaymentClient.builder(paygov)
 *         .interceptor(lgspBearerToken)        // PayGov is reached through the province's LGSP
 *         .build();
 * PaymentStart start = client.start(order);
 * response.sendRedirect(start.paymentPage().toString());
 * }</pre>
 *
 * <p>The base URL defaults to the account's {@link MerchantAccount#endpoint() endpoint}; plain
 * HTTP needs {@link EgovClientBuilder#allowHttp(boolean) allowHttp(true)} (sandbox only).
 * Failures are the common {@link vn.smartcity.egov.EgovException} types: {@link
 * vn.smartcity.egov.ServiceException} with the gateway's code when it refuses, {@link
 * vn.smartcity.egov.TransportException}, {@link vn.smartcity.egov.InvalidResponseException}.
 */
public final class PaymentClient {

    private final MerchantAccount account;
    private final EgovHttp http;

    private PaymentClient(MerchantAccount account, EgovHttp http) {
        this.account = account;
        this.http = http;
    }

    /**
     * Starts a client for one account.
     *
     * @param account the merchant's account
     * @return a builder whose base URL is the account's endpoint
     */
    public static Builder builder(MerchantAccount account) {
        return new Builder(account);
    }

    /**
     * The account this client uses.
     *
     * @return the account
     */
    public MerchantAccount account() {
        return account;
    }

    /**
     * Builds the signed request and, if the gateway needs it, posts it.
     *
     * @param order what to pay
     * @return the request and the page to send the payer to
     * @throws vn.smartcity.core.InvalidValueException if the order does not fit the gateway
     * @throws vn.smartcity.egov.ServiceException if the gateway refuses the request
     * @throws vn.smartcity.egov.TransportException if the gateway could not be reached
     * @throws vn.smartcity.egov.InvalidResponseException if the answer does not follow the protocol
     */
    public PaymentStart start(PaymentOrder order) {
        PaymentRequest request = account.createPayment(order);
        if (request.kind() == PaymentRequest.Kind.REDIRECT) {
            return new PaymentStart(request, request.uri());
        }
        HttpUrl url = HttpUrl.get(request.uri().toString());
        Request post = Idempotency.NOT_IDEMPOTENT
                .tag(new Request.Builder().url(url).post(RequestBody.create(request.body(), EgovHttp.JSON)))
                .build();
        EgovResponse answer = http.execute(post);
        return new PaymentStart(request, account.paymentPage(request, answer));
    }

    @Override
    public String toString() {
        return "PaymentClient[" + account.gatewayId() + "]";
    }

    /**
     * A request that was sent and the page the payer goes to.
     *
     * @param request the signed request
     * @param paymentPage the URL to redirect the payer's browser to
     */
    public record PaymentStart(PaymentRequest request, URI paymentPage) {

        /**
         * Checks the components.
         *
         * @param request the request
         * @param paymentPage the page
         */
        public PaymentStart {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(paymentPage, "paymentPage");
        }

        /**
         * The gateway and order; the page's query is signed data, not for logs.
         *
         * @return such as {@code PaymentStart[paygov order=HS-1]}
         */
        @Override
        public String toString() {
            return "PaymentStart[" + request.gatewayId() + " order=" + request.orderId() + "]";
        }
    }

    /** Builds a {@link PaymentClient}; the common HTTP settings come from {@link EgovClientBuilder}. */
    public static final class Builder extends EgovClientBuilder<Builder> {
        private final MerchantAccount account;
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder(MerchantAccount account) {
            this.account = Objects.requireNonNull(account, "account");
            baseUrl(account.endpoint());
        }

        /**
         * Adds an interceptor run on the payment call, such as one adding the LGSP's bearer token.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder interceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The client.
         *
         * @return the client
         * @throws IllegalStateException if the base URL uses plain HTTP without {@code allowHttp(true)}
         */
        public PaymentClient build() {
            return new PaymentClient(account, EgovHttp.create(account.gatewayId(), httpSettings(), interceptors));
        }
    }
}
