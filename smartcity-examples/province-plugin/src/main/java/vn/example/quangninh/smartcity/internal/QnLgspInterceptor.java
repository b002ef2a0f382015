package vn.example.quangninh.smartcity.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.example.quangninh.smartcity.bus.QnLgspConnector;
import vn.smartcity.egov.bus.AccessToken;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.bus.BusClientId;
import vn.smartcity.egov.bus.BusConfig;
import vn.smartcity.egov.bus.ClientCredentialsTokens;
import vn.smartcity.egov.http.EgovHttp;

/**
 * Authenticates and identifies every call on the {@code qnlgsp} bus: bearer token, API key and the
 * bus's own caller headers. After a {@code 401} the token is replaced once and the call sent once
 * more (the bus did not process a call it refused to authenticate), unless its body cannot be sent
 * twice.
 */
public final class QnLgspInterceptor implements Interceptor {

    private final BusConfig config;
    private final String apiKey;
    private final ClientCredentialsTokens tokens;

    /**
     * Creates the interceptor.
     *
     * @param config the bus configuration, with the bus's token URL
     * @param apiKey the API key sent with every call
     * @param tokens the token source
     */
    public QnLgspInterceptor(BusConfig config, String apiKey, ClientCredentialsTokens tokens) {
        this.config = config;
        this.apiKey = apiKey;
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        AccessToken token = tokens.token();
        Response response = chain.proceed(decorate(original, token));
        if (response.code() != 401) {
            return response;
        }
        RequestBody body = original.body();
        if (body != null && (body.isOneShot() || body.isDuplex())) {
            return response;
        }
        response.close();
        return chain.proceed(decorate(original, tokens.refreshAfterRejection(token)));
    }

    private Request decorate(Request request, AccessToken token) {
        String id = EgovHttp.requestId(request);
        String user = BusClient.endUserOf(request);
        BusClientId client = config.client();
        Request.Builder out = request.newBuilder()
                .header("Authorization", "Bearer " + token.value())
                .header(QnLgspConnector.API_KEY_HEADER, apiKey)
                .header(QnLgspConnector.AGENCY_HEADER, client.member().value())
                .header(QnLgspConnector.USER_HEADER, user == null ? config.endUser() : user)
                .header(
                        QnLgspConnector.TRANSACTION_HEADER,
                        id == null ? UUID.randomUUID().toString() : id);
        String system = client.subsystem();
        if (system != null) {
            out.header(QnLgspConnector.SYSTEM_HEADER, system);
        }
        return out.build();
    }
}
