package vn.smartcity.egov.bus;

import okhttp3.Interceptor;
import vn.smartcity.egov.internal.OAuth2BusInterceptor;

/**
 * The standard provincial bus (LGSP, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh): OAuth 2
 * client credentials and the X-Road-style headers, scheme {@code lgsp}.
 */
public final class LgspConnector implements BusConnector {

    /** Creates the connector; {@link java.util.ServiceLoader} calls this. */
    public LgspConnector() {}

    @Override
    public String id() {
        return "lgsp";
    }

    @Override
    public String description() {
        return "Provincial government service bus (LGSP): OAuth 2 client credentials, X-Road-style headers";
    }

    @Override
    public String scheme() {
        return "lgsp";
    }

    @Override
    public Interceptor connect(BusConfig config) {
        return new OAuth2BusInterceptor(config, new ClientCredentialsTokens(config, id()));
    }
}
