package vn.smartcity.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.core.id.AgencyCode;

/** {@code smartcity agency CODE}: reads a state agency's electronic identifier. */
@Command(
        name = "agency",
        description = "Read a state agency's electronic identifier (QCVN 102:2016, Decision 20/2020/QĐ-TTg),"
                + " such as 000.00.00.H57: its level, parent and province.")
final class AgencyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "such as 000.00.00.H57")
    String code;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return Views.show(spec, json, () -> AgencyCode.parse(code), Views::agency, Views::agencyText);
    }
}
