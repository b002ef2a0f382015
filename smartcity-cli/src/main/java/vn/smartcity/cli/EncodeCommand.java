package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationJson;
import vn.smartcity.iot.SensorCodec;

/** {@code smartcity encode}: records (the JSON that decode prints) to sensor bytes. */
@Command(
        name = "encode",
        description = "Encode records, given as the JSON 'smartcity decode --json' prints, into a codec's bytes.")
final class EncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--codec", paramLabel = "ID", required = true, description = "the codec id")
    String codec;

    @Option(names = "--file", paramLabel = "PATH", description = "the JSON file")
    @Nullable
    Path file;

    @Parameters(arity = "0..1", paramLabel = "-", description = "- to read the JSON from standard input")
    @Nullable
    String dash;

    @Option(names = "--hex", description = "write hex digits instead of raw bytes")
    boolean hex;

    /** Where raw bytes go; standard output unless a test sets it. */
    OutputStream raw = System.out;

    @Override
    public Integer call() throws IOException {
        if (dash != null && !dash.equals("-")) {
            throw new SmartCity.InputError("unexpected argument '" + dash + "'; use --file PATH to read a file");
        }
        SensorCodec chosen = Codecs.registry().get(codec);
        if (!chosen.canEncode()) {
            throw new SmartCity.InputError(chosen.id() + " decodes only; it has no encoder");
        }
        Inputs.Input input = Inputs.read(null, file, dash != null, System.in);
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(input.bytes()))) {
            json = reader.readObject();
        } catch (JsonException e) {
            throw new SmartCity.InputError("the input is not a JSON object: " + e.getMessage());
        }
        List<Observation> records;
        try {
            records = ObservationJson.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new SmartCity.InputError(e.getMessage());
        }
        byte[] bytes = chosen.encode(records);
        if (hex) {
            spec.commandLine().getOut().println(Inputs.toHex(bytes));
        } else {
            spec.commandLine().getOut().flush();
            raw.write(bytes);
            raw.flush();
        }
        return SmartCity.OK;
    }
}
