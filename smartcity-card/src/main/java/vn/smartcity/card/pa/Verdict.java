package vn.smartcity.card.pa;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of passive authentication: every check made, in order, and an overall result.
 *
 * <p>The overall result is {@link Status#PASSED} when no check failed and the SOD signature, the
 * CSCA, the chain and both validity periods passed. Data groups not presented and revocation not
 * checked leave it passed: look at {@link #checks()} for what was covered.
 *
 * @param checks the checks in order
 */
public record Verdict(List<Check> checks) {

    private static final Set<CheckType> REQUIRED = EnumSet.of(
            CheckType.SOD_SIGNATURE,
            CheckType.CSCA_FOUND,
            CheckType.CERTIFICATE_CHAIN,
            CheckType.DSC_VALIDITY,
            CheckType.CSCA_VALIDITY);

    /**
     * Copies the checks.
     *
     * @param checks the checks in order
     */
    public Verdict {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    }

    /**
     * The overall result.
     *
     * @return {@link Status#PASSED} or {@link Status#FAILED}
     */
    public Status result() {
        for (Check check : checks) {
            if (check.status() == Status.FAILED) {
                return Status.FAILED;
            }
        }
        for (CheckType type : REQUIRED) {
            if (check(type).map(check -> check.status() != Status.PASSED).orElse(true)) {
                return Status.FAILED;
            }
        }
        return Status.PASSED;
    }

    /**
     * Whether the document passed.
     *
     * @return true when {@link #result()} is {@link Status#PASSED}
     */
    public boolean passed() {
        return result() == Status.PASSED;
    }

    /**
     * The checks that failed.
     *
     * @return in order; empty when none failed
     */
    public List<Check> failures() {
        return checks.stream()
                .filter(check -> check.status() == Status.FAILED)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The first check of a type.
     *
     * @param type the type
     * @return the check, or empty when it was not made
     */
    public Optional<Check> check(CheckType type) {
        return checks.stream().filter(check -> check.type() == type).findFirst();
    }

    /**
     * The hash check of one data group.
     *
     * @param number the data-group number
     * @return the check, or empty when the data group was neither listed nor presented
     */
    public Optional<Check> dataGroup(int number) {
        return checks.stream()
                .filter(check ->
                        check.dataGroup().isPresent() && check.dataGroup().getAsInt() == number)
                .findFirst();
    }

    /**
     * The result and the checks, one per line.
     *
     * @return a multi-line text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Verdict ").append(result());
        for (Check check : checks) {
            text.append(System.lineSeparator()).append("  ").append(check);
        }
        return text.toString();
    }
}
