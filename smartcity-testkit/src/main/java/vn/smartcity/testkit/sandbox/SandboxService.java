package vn.smartcity.testkit.sandbox;

import java.io.IOException;

/** One protocol the sandbox speaks, mounted under a fixed path prefix. */
interface SandboxService {

    /**
     * The path prefix this service answers, such as {@code /dvcqg}.
     *
     * @return the prefix, starting with a slash and not ending with one
     */
    String path();

    /**
     * Answers one request whose path starts with {@link #path()}.
     *
     * @param exchange the request and its response
     * @throws IOException if the connection fails
     */
    void handle(SandboxExchange exchange) throws IOException;
}
