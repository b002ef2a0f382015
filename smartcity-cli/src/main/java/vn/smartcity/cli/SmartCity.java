package vn.smartcity.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.plugin.UnknownPluginException;
import vn.smartcity.iot.CodecException;

/**
 * The {@code smartcity} command. {@link #main(String[])} runs it and exits; {@link #run} runs it
 * with given streams and returns the exit status, for tests and embedding.
 */
@Command(
        name = "smartcity",
        mixinStandardHelpOptions = true,
        versionProvider = SmartCity.Version.class,
        description = "Smart-city and e-government toolkit for Viet Nam.",
        subcommands = {
            DemoCommand.class,
            PluginsCommand.class,
            IdCommand.class,
            UnitCommand.class,
            AgencyCommand.class,
            DecodeCommand.class,
            EncodeCommand.class,
            AqiCommand.class,
            CardCommand.class,
            EgovCommand.class,
        })
public final class SmartCity implements Runnable {

    /** Exit status on success. */
    public static final int OK = 0;
    /** Exit status when the input is invalid. */
    public static final int INVALID_INPUT = 1;
    /** Exit status on a usage error (unknown option, missing argument). */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Picocli instantiates the command. */
    public SmartCity() {}

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param out where results go
     * @param err where errors go
     * @return the exit status: {@link #OK}, {@link #INVALID_INPUT} or {@link #USAGE}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SmartCity());
        // @FILE arguments are read by the options that take secrets, whole; picocli's own expansion
        // would split them into words and could echo them in a usage error.
        cli.setExpandAtFiles(false);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidValueException
                    || e instanceof UnknownPluginException
                    || e instanceof CodecException
                    || e instanceof InputError) {
                commandLine.getErr().println("smartcity: " + e.getMessage());
                return INVALID_INPUT;
            }
            throw e;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Thrown by commands when the user's input names nothing (an unknown unit, say). */
    static final class InputError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputError(String message) {
            super(message);
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"smartcity " + version(), "Java " + Runtime.version()};
        }
    }

    /**
     * The SDK's version, as built.
     *
     * @return such as {@code 0.1.0-SNAPSHOT}
     */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = SmartCity.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
