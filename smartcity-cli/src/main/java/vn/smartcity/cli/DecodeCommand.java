package vn.smartcity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationJson;
import vn.smartcity.iot.SensorCodec;

/** {@code smartcity decode}: sensor bytes to records. */
@Command(
        name = "decode",
        description = "Decode sensor data (HJ 212, TT 10/2021, SenML, Cayenne LPP, Modbus RTU, NMEA, or a"
                + " plugin's format) into records. Exit 1 with the byte offset and reason on bad input.")
final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--codec",
            paramLabel = "ID",
            defaultValue = "auto",
            description = "the codec id (see 'smartcity plugins'), or auto to recognise the format (default)")
    String codec;

    @Option(names = "--hex", paramLabel = "HEX", description = "the input as hex digits (spaces allowed)")
    @Nullable
    String hex;

    @Option(names = "--file", paramLabel = "PATH", description = "the input file")
    @Nullable
    Path file;

    @Parameters(arity = "0..1", paramLabel = "-", description = "- to read standard input")
    @Nullable
    String dash;

    @Option(names = "--json", description = "print {\"codec\": ..., \"records\": [...]}")
    boolean json;

    @Override
    public Integer call() {
        if (dash != null && !dash.equals("-")) {
            throw new SmartCity.InputError("unexpected argument '" + dash + "'; use --file PATH to read a file");
        }
        Inputs.Input input = Inputs.read(hex, file, dash != null, System.in);
        Codecs.Decoded decoded =
                Codecs.decode(codec, input.bytes(), DecodeContext.defaults().withSourceName(input.name()));
        SensorCodec chosen = decoded.codec();
        List<Observation> records = decoded.records();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ObservationJson.toJson(chosen.id(), records));
            return SmartCity.OK;
        }
        out.println(chosen.id() + ": " + records.size() + " record" + (records.size() == 1 ? "" : "s"));
        for (Observation o : records) {
            out.println("  " + o.time() + "  " + (o.source().isEmpty() ? "" : o.source() + "  ") + o.name() + " = "
                    + (o.value() == null ? "" : o.value())
                    + (o.unit() == null ? "" : " " + o.unit())
                    + (o.sum() == null ? "" : " (sum " + o.sum() + ")")
                    + "  " + o.statistic().name().toLowerCase(java.util.Locale.ROOT)
                    + "  " + o.status() + (o.rawStatus() == null ? "" : " (" + o.rawStatus() + ")"));
        }
        return SmartCity.OK;
    }
}
