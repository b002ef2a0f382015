package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.access.AccessDeniedException;
import vn.smartcity.card.access.AccessException;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.access.ProtocolChoice;
import vn.smartcity.card.access.SecureMessagingException;
import vn.smartcity.card.apdu.ApduTracer;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.lds.FaceImage;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.pa.Check;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.card.pa.Verdict;
import vn.smartcity.card.pcsc.Pcsc;
import vn.smartcity.card.pcsc.PcscReader;
import vn.smartcity.card.reader.CccdReadResult;
import vn.smartcity.card.reader.CccdReader;
import vn.smartcity.card.reader.ReadProgressListener;
import vn.smartcity.card.reader.UnreadableFile;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.testkit.chip.SimulatedChip;

/** {@code smartcity card read} and {@code smartcity card readers}: the chip, through a reader. */
final class CardReadCommand {

    private CardReadCommand() {}

    /** {@code smartcity card read [--reader NAME | --simulated] [--can N | --number N | --mrz ...]}. */
    @Command(
            name = "read",
            description = "Read a CCCD chip through a PC/SC reader (or the simulated chip): PACE with the CAN or"
                    + " BAC with the MRZ data, secure messaging, passive authentication. Personal data is masked"
                    + " unless --reveal is given.")
    static final class ReadCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--reader",
                paramLabel = "NAME",
                description = "the PC/SC reader (default: the first with a card)")
        @Nullable
        String reader;

        @Option(
                names = "--simulated",
                description = "read the test kit's simulated chip (the sample citizen), no reader needed")
        boolean simulated;

        @ArgGroup(exclusive = true)
        @Nullable
        Key key;

        @Option(
                names = "--protocol",
                defaultValue = "auto",
                paramLabel = "auto|pace|bac",
                description = "access control: PACE when offered, else BAC (auto); or only one of them")
        String protocol = "auto";

        @Option(names = "--photo", paramLabel = "FILE", description = "save the face image (DG2) to this file")
        @Nullable
        Path photo;

        @Option(
                names = "--trust",
                paramLabel = "DIR|MASTERLIST",
                description = "CSCA certificates (a directory or a master list) for passive authentication;"
                        + " with --simulated the test kit's CSCA is used when none is given")
        @Nullable
        Path trust;

        @Option(
                names = "--wait",
                defaultValue = "10",
                paramLabel = "SECONDS",
                description = "how long to wait for a card on the reader (default: ${DEFAULT-VALUE})")
        int waitSeconds = 10;

        @Option(names = "--trace", description = "print every APDU exchange to standard error (masked)")
        boolean trace;

        @Option(names = "--reveal", description = "print the citizen's number and name in full")
        boolean reveal;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        /** The access key options: one of them. */
        static final class Key {
            @Option(names = "--can", paramLabel = "DIGITS", description = "the 6-digit card access number")
            @Nullable
            String can;

            @Option(
                    names = "--number",
                    paramLabel = "ID_NUMBER",
                    description = "the 12-digit CCCD number (its last 6 digits are the CAN)")
            @Nullable
            String number;

            @Option(
                    names = "--mrz",
                    arity = "3",
                    paramLabel = "DOC YYMMDD YYMMDD",
                    description = "BAC: the document number, date of birth and date of expiry")
            @Nullable
            List<String> mrz;
        }

        @Override
        public Integer call() {
            if (simulated && reader != null) {
                throw new SmartCity.InputError("--simulated and --reader exclude each other");
            }
            ProtocolChoice choice = protocolChoice(protocol);
            SimulatedChip chip = simulated ? SimulatedChip.sampleCitizen() : null;
            AccessKey accessKey = accessKey(chip);
            TrustStore trustStore = trust != null
                    ? trustStore(trust)
                    : chip != null ? chip.content().trustStore() : null;
            PrintWriter err = spec.commandLine().getErr();
            CccdReadResult result;
            try (ApduTransport card = chip != null ? chip : pcsc()) {
                ApduTransport transport = trace ? ApduTracer.masked(card, t -> err.println("apdu " + t)) : card;
                CccdReader.Builder builder = CccdReader.builder()
                        .transport(transport)
                        .accessKey(accessKey)
                        .protocol(choice)
                        .progress(json ? ReadProgressListener.NONE : progress(err));
                if (trustStore != null) {
                    builder.trustStore(trustStore);
                }
                result = builder.build().read();
            } catch (AccessDeniedException e) {
                throw new SmartCity.InputError("access denied: " + e.getMessage());
            } catch (AccessException | SecureMessagingException | CardIoException | CardDataException e) {
                throw new SmartCity.InputError("reading the card failed: " + e.getMessage());
            }
            Optional<FaceImage> face = result.faceImage();
            if (photo != null && face.isPresent()) {
                try {
                    Files.write(photo, face.get().data());
                } catch (IOException e) {
                    throw new SmartCity.InputError("cannot write " + photo + ": " + e.getMessage());
                }
            }
            print(result, trustStore == null, chip != null && trust == null);
            Verdict verdict = result.verdict();
            boolean failed = verdict.checks().stream().anyMatch(c -> c.status() == Status.FAILED);
            if (failed) {
                err.println(CardCommand.failureLine(verdict));
                return SmartCity.INVALID_INPUT;
            }
            return SmartCity.OK;
        }

        private ApduTransport pcsc() {
            Duration wait = Duration.ofSeconds(Math.max(0, waitSeconds));
            return reader == null ? Pcsc.waitForCard(wait) : Pcsc.waitForCard(reader, wait);
        }

        private AccessKey accessKey(@Nullable SimulatedChip chip) {
            Key k = key;
            if (k == null) {
                if (chip == null) {
                    throw new SmartCity.InputError("give the card's access key: --can, --number or --mrz");
                }
                return AccessKey.can(chip.content().can());
            }
            try {
                if (k.can != null) {
                    return AccessKey.can(k.can);
                }
                if (k.number != null) {
                    return AccessKey.can(PersonalIdNumber.parse(k.number));
                }
                List<String> m = k.mrz == null ? List.of() : k.mrz;
                return AccessKey.mrz(m.get(0), m.get(1), m.get(2));
            } catch (IllegalArgumentException | CardDataException e) {
                throw new SmartCity.InputError(e.getMessage());
            }
        }

        private static ProtocolChoice protocolChoice(String text) {
            try {
                return ProtocolChoice.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SmartCity.InputError("--protocol: expected auto, pace or bac, found " + text);
            }
        }

        private static TrustStore trustStore(Path path) {
            try {
                return Files.isDirectory(path)
                        ? TrustStore.fromDirectory(path)
                        : TrustStore.fromMasterList(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new SmartCity.InputError("cannot read " + path + ": " + e.getMessage());
            } catch (CardDataException e) {
                throw new SmartCity.InputError(e.getMessage());
            }
        }

        private static ReadProgressListener progress(PrintWriter err) {
            return new ReadProgressListener() {
                @Override
                public void accessEstablished(AccessReport report) {
                    err.println("access: " + report.summary());
                }

                @Override
                public void fileFinished(LdsFileId file, int length) {
                    err.println("read " + file + " (" + length + " bytes)");
                }

                @Override
                public void fileUnreadable(LdsFileId file, int statusWord) {
                    err.println(String.format("not readable: %s (SW %04X)", file, statusWord));
                }
            };
        }

        private void print(CccdReadResult result, boolean untrusted, boolean testTrust) {
            PrintWriter out = spec.commandLine().getOut();
            CitizenIdentity citizen = result.citizen();
            String number =
                    citizen.idNumber().map(n -> reveal ? n.value() : n.masked()).orElse("");
            String name =
                    citizen.fullName().map(n -> reveal ? n : Views.maskName(n)).orElse("");
            String born = citizen.dateOfBirth()
                    .map(d -> reveal ? d.toString() : String.valueOf(d.getYear()))
                    .orElse("");
            Verdict verdict = result.verdict();
            List<String> protocols = new ArrayList<>();
            result.accessReports().forEach(r -> protocols.add(r.summary()));
            if (json) {
                JsonArrayBuilder access = Json.createArrayBuilder();
                for (AccessReport r : result.accessReports()) {
                    JsonArrayBuilder notes = Json.createArrayBuilder();
                    r.notes().forEach(notes::add);
                    access.add(Json.createObjectBuilder()
                            .add("protocol", r.protocol().name())
                            .add("summary", r.summary())
                            .add("cipher", r.cipher())
                            .add("notes", notes));
                }
                JsonArrayBuilder files = Json.createArrayBuilder();
                result.filesRead().forEach(f -> files.add(f.toString()));
                JsonArrayBuilder unreadable = Json.createArrayBuilder();
                for (UnreadableFile u : result.unreadableFiles()) {
                    unreadable.add(Json.createObjectBuilder()
                            .add("file", u.file().toString())
                            .add("statusWord", String.format("%04X", u.statusWord()))
                            .add("reason", u.reason()));
                }
                JsonObjectBuilder o = Json.createObjectBuilder()
                        .add(
                                "protocol",
                                result.accessReports().isEmpty()
                                        ? "NONE"
                                        : result.accessReports()
                                                .get(result.accessReports().size() - 1)
                                                .protocol()
                                                .name())
                        .add("access", access)
                        .add(
                                "citizen",
                                Json.createObjectBuilder()
                                        .add("idNumber", number)
                                        .add("fullName", name)
                                        .add("born", born)
                                        .add(
                                                "gender",
                                                citizen.gender().map(Enum::name).orElse(""))
                                        .add("masked", !reveal))
                        .add(
                                "passiveAuthentication",
                                Json.createObjectBuilder()
                                        .add("passed", verdict.passed())
                                        .add("result", verdict.result().name())
                                        .add("trust", untrusted ? "none" : testTrust ? "test-kit CSCA" : "given")
                                        .add("checks", CardCommand.checksJson(verdict)))
                        .add("filesRead", files)
                        .add("unreadable", unreadable);
                if (photo != null && result.faceImage().isPresent()) {
                    o.add("photo", photo.toString());
                }
                out.println(o.build());
                return;
            }
            out.println("citizen " + number + "  " + name + "  born " + born
                    + citizen.gender().map(g -> "  " + g).orElse(""));
            out.println("access: " + String.join(", then ", protocols));
            out.println("passive authentication: " + verdict.result()
                    + (untrusted ? " (no CSCA given: the certificate chain was not checked)" : "")
                    + (testTrust ? " (trusting the test kit's CSCA)" : ""));
            for (Check c : verdict.checks()) {
                out.println("  " + c);
            }
            for (UnreadableFile u : result.unreadableFiles()) {
                out.println("not readable: " + u);
            }
            result.faceImage()
                    .ifPresent(f -> out.println("photo: " + f.format() + " " + f.width() + "x" + f.height()
                            + (photo != null ? ", saved to " + photo : "")));
        }
    }

    /** {@code smartcity card readers}: the PC/SC readers and whether a card is in each. */
    @Command(
            name = "readers",
            description = "List the PC/SC readers and whether each holds a card (exit 1 when no PC/SC service runs).")
    static final class ReadersCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            List<PcscReader> readers;
            try {
                readers = Pcsc.readers();
            } catch (CardIoException e) {
                throw new SmartCity.InputError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                for (PcscReader r : readers) {
                    list.add(Json.createObjectBuilder().add("name", r.name()).add("cardPresent", r.cardPresent()));
                }
                out.println(Json.createObjectBuilder().add("readers", list).build());
            } else if (readers.isEmpty()) {
                out.println("no PC/SC readers");
            } else {
                for (PcscReader r : readers) {
                    out.println(r.name() + (r.cardPresent() ? "  (card present)" : "  (empty)"));
                }
            }
            return SmartCity.OK;
        }
    }
}
