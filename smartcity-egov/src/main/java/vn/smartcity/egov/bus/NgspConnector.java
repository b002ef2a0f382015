package vn.smartcity.egov.bus;

import okhttp3.Interceptor;
import vn.smartcity.egov.internal.OAuth2BusInterceptor;

/**
 * The national bus (NGSP, nền tảng tích hợp, chia sẻ dữ liệu quốc gia): OAuth 2 client
 * credentials and the X-Road-style headers, scheme {@code ngsp}.
 */
public final class NgspConnector implements BusConnector {

    /** Creates the connector; {@link java.util.ServiceLoader} calls this. */
    public NgspConnector() {}

    @Override
    public String id() {
        return "ngsp";
    }

    @Override
    public String description() {
        return "National government service bus (NGSP): OAuth 2 client credentials, X-Road-style headers";
    }

    @Override
    public String scheme() {
        return "ngsp";
    }

    @Override
    public Interceptor connect(BusConfig config) {
        return new OAuth2BusInterceptor(config, new ClientCredentialsTokens(config, id()));
    }
}
