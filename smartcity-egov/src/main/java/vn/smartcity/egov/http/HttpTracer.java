package vn.smartcity.egov.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where trace lines go. The lines it receives are already redacted.
 *
 * <p>The default, {@link #slf4j()}, writes them at {@code DEBUG} to the logger {@value
 * #LOGGER_NAME}; tests and applications with their own audit trail pass a lambda.
 */
@FunctionalInterface
public interface HttpTracer {

    /** The SLF4J logger name the default tracer writes to. */
    String LOGGER_NAME = "vn.smartcity.egov.http";

    /**
     * Records one line.
     *
     * @param line the redacted line
     */
    void trace(String line);

    /**
     * Tells whether lines would be recorded, so the client can skip building them.
     *
     * @return {@code true} by default
     */
    default boolean isEnabled() {
        return true;
    }

    /**
     * The tracer writing to SLF4J at {@code DEBUG}, logger {@value #LOGGER_NAME}.
     *
     * @return the tracer
     */
    static HttpTracer slf4j() {
        Logger log = LoggerFactory.getLogger(LOGGER_NAME);
        return new HttpTracer() {
            @Override
            public void trace(String line) {
                log.debug("{}", line);
            }

            @Override
            public boolean isEnabled() {
                return log.isDebugEnabled();
            }
        };
    }
}
