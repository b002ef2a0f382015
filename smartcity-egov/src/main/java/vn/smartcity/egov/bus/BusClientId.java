package vn.smartcity.egov.bus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

/**
 * Who is calling, written the X-Road way as {@code INSTANCE/CLASS/MEMBER[/SUBSYSTEM]}: by default
 * {@code VN/GOV/} and the calling agency's code, such as {@code VN/GOV/000.00.00.H57/one-stop}.
 * Sent in {@link BusClient#CLIENT_HEADER} on every call.
 *
 * <p>The layout follows the X-Road REST message protocol's {@code X-Road-Client} header; the
 * instance and member class are this SDK's defaults, which a bus that uses others overrides.
 *
 * @param instance the bus instance, such as {@code VN}
 * @param memberClass the member class, such as {@code GOV}
 * @param member the calling agency
 * @param subsystem the calling system within the agency, or {@code null}
 */
public record BusClientId(
        String instance,
        String memberClass,
        AgencyCode member,
        @Nullable String subsystem) {

    private static final String TYPE = "BusClientId";

    /**
     * Validates the parts.
     *
     * @param instance the {@code instance} component
     * @param memberClass the {@code memberClass} component
     * @param member the {@code member} component
     * @param subsystem the {@code subsystem} component
     * @throws InvalidValueException if a part is empty or holds {@code '/'}, a space or a
     *     non-ASCII character
     */
    public BusClientId {
        Objects.requireNonNull(member, "member");
        checkPart(Objects.requireNonNull(instance, "instance"), "instance");
        checkPart(Objects.requireNonNull(memberClass, "memberClass"), "memberClass");
        if (subsystem != null) {
            checkPart(subsystem, "subsystem");
        }
    }

    /**
     * The identity of an agency with the default instance {@code VN} and member class {@code GOV}.
     *
     * @param agency the calling agency
     * @return {@code VN/GOV/AGENCY}
     */
    public static BusClientId of(AgencyCode agency) {
        return new BusClientId("VN", "GOV", agency, null);
    }

    /**
     * The same identity with a subsystem.
     *
     * @param name the calling system, such as {@code one-stop}
     * @return {@code .../SUBSYSTEM}
     */
    public BusClientId withSubsystem(String name) {
        return new BusClientId(instance, memberClass, member, name);
    }

    /**
     * Parses {@code INSTANCE/CLASS/MEMBER[/SUBSYSTEM]}.
     *
     * @param text such as {@code VN/GOV/000.00.00.H57/one-stop}
     * @return the identity
     * @throws InvalidValueException if there are not three or four parts or a part is malformed
     */
    public static BusClientId parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").split("/", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw new InvalidValueException(
                    TYPE, -1, "expected INSTANCE/CLASS/MEMBER[/SUBSYSTEM], got " + parts.length + " parts");
        }
        return new BusClientId(parts[0], parts[1], AgencyCode.parse(parts[2]), parts.length == 4 ? parts[3] : null);
    }

    private static void checkPart(String part, String name) {
        if (part.isEmpty()) {
            throw new InvalidValueException(TYPE, -1, name + " is empty");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c <= ' ' || c > '~' || c == '/') {
                throw new InvalidValueException(
                        TYPE, i, name + ": expected a printable ASCII character other than '/'");
            }
        }
    }

    /**
     * The header form.
     *
     * @return such as {@code VN/GOV/000.00.00.H57/one-stop}
     */
    @Override
    public String toString() {
        return instance + "/" + memberClass + "/" + member.value() + (subsystem == null ? "" : "/" + subsystem);
    }
}
