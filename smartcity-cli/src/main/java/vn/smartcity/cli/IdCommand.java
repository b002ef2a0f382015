package vn.smartcity.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.core.id.PersonalIdNumber;

/** {@code smartcity id NUMBER}: decodes a 12-digit personal identification number. */
@Command(
        name = "id",
        description = "Check and decode a 12-digit personal identification number (CCCD): place of birth"
                + " registration, gender, birth year. The number is shown masked.")
final class IdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", description = "the 12 digits; spaces, dots and dashes are ignored")
    String number;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return Views.show(spec, json, () -> PersonalIdNumber.parse(number), Views::id, Views::idText);
    }
}
