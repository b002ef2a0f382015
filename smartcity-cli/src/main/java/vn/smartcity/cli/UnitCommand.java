package vn.smartcity.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;

/** {@code smartcity unit CODE_OR_NAME}: a province or centrally-run city, before and after 2025. */
@Command(
        name = "unit",
        description = "Show a province or centrally-run city by GSO code or name (case, diacritics and"
                + " prefixes such as 'Tỉnh' or 'TP.' are ignored), with what it became on 1 July 2025 or what"
                + " it was formed from.")
final class UnitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE_OR_NAME", description = "such as 46, \"thua thien hue\" or \"TP. Huế\"")
    String query;

    @Option(
            names = "--era",
            paramLabel = "ERA",
            description = "pre-2025 (63 units) or 2025 (34 units); default: 2025, then pre-2025")
    @Nullable
    String era;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return Views.show(spec, json, this::find, Views::unit, Views::unitText);
    }

    private Province find() {
        AdministrativeUnits units = AdministrativeUnits.standard();
        Era chosen = era == null ? null : Era.parse(era);
        return (chosen == null ? units.find(query) : units.find(chosen, query))
                .orElseThrow(() -> new SmartCity.InputError("no province or centrally-run city matches '" + query + "'"
                        + (chosen == null ? "" : " in era " + chosen.key())));
    }
}
