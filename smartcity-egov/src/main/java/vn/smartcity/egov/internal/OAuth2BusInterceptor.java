package vn.smartcity.egov.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.smartcity.egov.bus.AccessToken;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.bus.BusConfig;
import vn.smartcity.egov.bus.ClientCredentialsTokens;

/**
 * The standard bus's interceptor: a bearer token from {@link ClientCredentialsTokens} and the
 * X-Road-style identification headers on every request; after a {@code 401} the token is replaced
 * once and the request sent once more (a request the server refused to authenticate was not
 * processed, so sending it again is safe whatever its method).
 */
public final class OAuth2BusInterceptor implements Interceptor {

    private final BusConfig config;
    private final ClientCredentialsTokens tokens;

    /**
     * Creates the interceptor.
     *
     * @param config the bus configuration
     * @param tokens the token source
     */
    public OAuth2BusInterceptor(BusConfig config, ClientCredentialsTokens tokens) {
        this.config = config;
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
        AccessToken fresh = tokens.refreshAfterRejection(token);
        return chain.proceed(decorate(original, fresh));
    }

    private Request decorate(Request request, AccessToken token) {
        String id = request.header(RequestIds.HEADER);
        String user = BusClient.endUserOf(request);
        return request.newBuilder()
                .header("Authorization", "Bearer " + token.value())
                .header(BusClient.CLIENT_HEADER, config.client().toString())
                .header(BusClient.ID_HEADER, id == null ? RequestIds.newId() : id)
                .header(BusClient.USER_HEADER, user == null ? config.endUser() : user)
                .build();
    }
}
