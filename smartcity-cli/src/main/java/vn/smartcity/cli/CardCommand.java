package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.mrz.MrzCheck;
import vn.smartcity.card.mrz.MrzParser;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.card.qr.CccdQrMismatch;

/** {@code smartcity card ...}: the chip ID card's data, read from bytes and text alone. */
@Command(
        name = "card",
        description =
                "Read the chip citizen ID card: its machine-readable zone, QR code and chip files offline, or the chip through a reader.",
        subcommands = {
            CardCommand.MrzCommand.class,
            CardCommand.QrCommand.class,
            CardCommand.Dg13Command.class,
            CardCommand.VerifyCommand.class,
            CardReadCommand.ReadCommand.class,
            CardReadCommand.ReadersCommand.class
        })
final class CardCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Throws the card error as input error, printing a JSON object first when asked. */
    static RuntimeException invalid(CommandSpec spec, boolean json, CardDataException e) {
        if (json) {
            spec.commandLine()
                    .getOut()
                    .println(Json.createObjectBuilder()
                            .add("valid", false)
                            .add("error", e.getMessage())
                            .build());
        }
        return new SmartCity.InputError(e.getMessage());
    }

    /** Every passive-authentication check as JSON: check, status, reason and data group. */
    static JsonArrayBuilder checksJson(vn.smartcity.card.pa.Verdict verdict) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (vn.smartcity.card.pa.Check c : verdict.checks()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("check", c.type().name())
                    .add("status", c.status().name())
                    .add("reason", c.reason());
            c.dataGroup().ifPresent(n -> o.add("dataGroup", n));
            checks.add(o);
        }
        return checks;
    }

    /** The one stderr line for a passive authentication that failed, naming the failed checks. */
    static String failureLine(vn.smartcity.card.pa.Verdict verdict) {
        return "smartcity: passive authentication failed: "
                + String.join(
                        ", ", verdict.failures().stream().map(Object::toString).toList());
    }

    /** Reads card data; malformed data prints a JSON error object when asked, then exits 1. */
    static <T> T read(CommandSpec spec, boolean json, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (CardDataException e) {
            throw invalid(spec, json, e);
        }
    }

    /** {@code smartcity card mrz LINE1 LINE2 [LINE3]}. */
    @Command(
            name = "mrz",
            description = "Check a machine-readable zone (TD1: 3 lines of 30, as on the CCCD; TD2, TD3: 2 lines):"
                    + " every check digit, and for the CCCD the 12-digit number in the optional data.")
    static final class MrzCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "2..3", paramLabel = "LINE", description = "the MRZ lines")
        List<String> lines;

        @Option(names = "--ocr", description = "correct common OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6)")
        boolean ocr;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            MrzParser parser = ocr ? MrzParser.strict().withOcrCorrection() : MrzParser.strict();
            Mrz mrz = read(spec, json, () -> parser.parse(lines));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArrayBuilder checks = Json.createArrayBuilder();
                JsonArrayBuilder failed = Json.createArrayBuilder();
                for (MrzCheck c : mrz.checks()) {
                    checks.add(Json.createObjectBuilder()
                            .add("name", c.name())
                            .add("expected", String.valueOf(c.expected()))
                            .add("found", String.valueOf(c.found()))
                            .add("line", c.line())
                            .add("column", c.column())
                            .add("passed", c.passed()));
                    if (!c.passed()) {
                        failed.add(c.name());
                    }
                }
                JsonArrayBuilder corrections = Json.createArrayBuilder();
                mrz.corrections().forEach(c -> corrections.add(c.toString()));
                JsonObjectBuilder o = Json.createObjectBuilder()
                        .add("format", mrz.format().name())
                        .add("documentType", mrz.documentType())
                        .add("issuingState", mrz.issuingState())
                        .add("documentNumber", mrz.documentNumber())
                        .add("nationality", mrz.nationality())
                        .add("dateOfBirth", mrz.dateOfBirth().toString())
                        .add("dateOfExpiry", mrz.dateOfExpiry().toString())
                        .add("sex", mrz.sex().name())
                        .add("primaryIdentifier", mrz.primaryIdentifier())
                        .add("secondaryIdentifier", mrz.secondaryIdentifier())
                        .add("valid", mrz.isValid())
                        .add("checks", checks)
                        .add("failedChecks", failed)
                        .add("corrections", corrections);
                mrz.personalIdNumber().ifPresent(id -> o.add("personalIdNumber", id.value()));
                out.println(o.build());
            } else {
                out.println(mrz.format() + " " + mrz.documentType() + " issued by " + mrz.issuingState() + ": "
                        + (mrz.isValid() ? "valid" : "INVALID"));
                out.println("  document number " + mrz.documentNumber() + ", born " + mrz.dateOfBirth() + ", expires "
                        + mrz.dateOfExpiry() + ", sex " + mrz.sex());
                out.println("  name " + mrz.primaryIdentifier() + ", " + mrz.secondaryIdentifier());
                mrz.personalIdNumber().ifPresent(id -> out.println("  personal ID number " + id.value()));
                for (MrzCheck c : mrz.checks()) {
                    out.println("  " + (c.passed() ? "ok     " : "FAILED ") + c.name() + " (line " + c.line()
                            + ", column " + c.column() + ": expected " + c.expected() + ", found " + c.found() + ")");
                }
                mrz.corrections().forEach(c -> out.println("  corrected " + c));
            }
            if (!mrz.isValid()) {
                spec.commandLine()
                        .getErr()
                        .println("smartcity: MRZ check failed: "
                                + String.join(
                                        ", ",
                                        mrz.failedChecks().stream()
                                                .map(MrzCheck::name)
                                                .toList()));
                return SmartCity.INVALID_INPUT;
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity card qr TEXT}. */
    @Command(
            name = "qr",
            description = "Read the text of the CCCD's QR code (it identifies a person but is not signed, so it"
                    + " does not authenticate the card).")
    static final class QrCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXT", description = "the QR text, fields separated by |")
        String text;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            CccdQr qr = read(spec, json, () -> CccdQr.parse(text));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArrayBuilder extra = Json.createArrayBuilder();
                qr.extraFields().forEach(extra::add);
                JsonArrayBuilder mismatches = Json.createArrayBuilder();
                qr.mismatches().forEach(m -> mismatches.add(m.name()));
                JsonObjectBuilder o = Json.createObjectBuilder()
                        .add("idNumber", qr.idNumber().value())
                        .add("fullName", qr.fullName())
                        .add("dateOfBirth", qr.dateOfBirth().toString())
                        .add("gender", qr.gender().name())
                        .add("address", qr.address())
                        .add("issueDate", qr.issueDate().toString())
                        .add("extraFields", extra)
                        .add("authenticated", qr.authenticated())
                        .add("mismatches", mismatches);
                qr.oldIdNumber().ifPresentOrElse(old -> o.add("oldIdNumber", old), () -> o.addNull("oldIdNumber"));
                out.println(o.build());
            } else {
                out.println("CCCD QR (unsigned: identifies, does not authenticate)");
                out.println("  number " + qr.idNumber().value()
                        + qr.oldIdNumber().map(o -> " (old " + o + ")").orElse(""));
                out.println("  " + qr.fullName() + ", " + qr.gender() + ", born " + qr.dateOfBirth());
                out.println("  " + qr.address());
                out.println("  issued " + qr.issueDate());
                for (CccdQrMismatch m : qr.mismatches()) {
                    out.println("  ! " + m.description());
                }
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity card dg13 --hex HEX | --file F}. */
    @Command(
            name = "dg13",
            description = "Read the Vietnamese DG13 (personal data) file as read from the chip: every field by its"
                    + " number, unknown fields kept.")
    static final class Dg13Command implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--hex", paramLabel = "HEX", description = "the file as hex digits")
        @org.jspecify.annotations.Nullable
        String hex;

        @Option(names = "--file", paramLabel = "PATH", description = "the file")
        java.nio.file.@org.jspecify.annotations.Nullable Path file;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            Inputs.Input input = Inputs.read(hex, file, false, System.in);
            vn.smartcity.card.lds.Dg13 dg13 = read(spec, json, () -> vn.smartcity.card.lds.Dg13.parse(input.bytes()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                dg13.idNumberText().ifPresent(v -> o.add("idNumber", v));
                dg13.idNumber().ifPresent(v -> o.add("idNumberValid", true));
                dg13.fullName().ifPresent(v -> o.add("fullName", v));
                dg13.dateOfBirth().ifPresent(v -> o.add("dateOfBirth", v.toString()));
                dg13.gender().ifPresent(v -> o.add("gender", v.name()));
                dg13.nationality().ifPresent(v -> o.add("nationality", v));
                dg13.ethnicity().ifPresent(v -> o.add("ethnicity", v));
                dg13.religion().ifPresent(v -> o.add("religion", v));
                dg13.placeOfOrigin().ifPresent(v -> o.add("placeOfOrigin", v));
                dg13.placeOfResidence().ifPresent(v -> o.add("placeOfResidence", v));
                dg13.identifyingFeatures().ifPresent(v -> o.add("identifyingFeatures", v));
                dg13.dateOfIssue().ifPresent(v -> o.add("dateOfIssue", v.toString()));
                if (dg13.noExpiry()) {
                    o.add("noExpiry", true);
                }
                dg13.dateOfExpiry().ifPresent(v -> o.add("dateOfExpiry", v.toString()));
                dg13.fatherName().ifPresent(v -> o.add("fatherName", v));
                dg13.motherName().ifPresent(v -> o.add("motherName", v));
                dg13.spouseName().ifPresent(v -> o.add("spouseName", v));
                dg13.oldIdNumber().ifPresent(v -> o.add("oldIdNumber", v));
                JsonObjectBuilder fields = Json.createObjectBuilder();
                dg13.fields().forEach((n, f) -> {
                    JsonArrayBuilder texts = Json.createArrayBuilder();
                    f.texts().forEach(texts::add);
                    fields.add(String.valueOf(n), texts);
                });
                out.println(o.add("fields", fields).build());
            } else {
                dg13.fields()
                        .forEach((n, f) -> out.println(String.format("%3d  %s", n, String.join(" | ", f.texts()))));
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity card verify --sod F --dg F... --trust DIR|MASTERLIST}. */
    @Command(
            name = "verify",
            description = "Passive authentication (ICAO Doc 9303 Part 11): the SOD's signature, each data group's"
                    + " hash, and the document signer's chain to a trusted CSCA, with every check named.")
    static final class VerifyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--sod", paramLabel = "FILE", required = true, description = "EF.SOD as read from the chip")
        java.nio.file.Path sod;

        @Option(
                names = "--dg",
                paramLabel = "FILE",
                description = "a data group as read (its number is taken from its tag); repeat for each")
        List<java.nio.file.Path> dataGroups = List.of();

        @Option(
                names = "--trust",
                paramLabel = "DIR|MASTERLIST",
                required = true,
                description = "a directory of CSCA certificates (.cer/.crt/.der/.pem, .crl, .ml) or a CSCA master list")
        java.nio.file.Path trust;

        @Option(
                names = "--at",
                paramLabel = "INSTANT",
                description = "check validity dates at this ISO-8601 instant (default: now)")
        @org.jspecify.annotations.Nullable
        String at;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            java.time.Instant when;
            try {
                when = at == null ? java.time.Instant.now() : java.time.Instant.parse(at);
            } catch (java.time.format.DateTimeParseException e) {
                throw new SmartCity.InputError("--at: not an ISO-8601 instant: " + at);
            }
            vn.smartcity.card.pa.Verdict verdict;
            try {
                vn.smartcity.card.sod.Sod parsed = vn.smartcity.card.sod.Sod.parse(read(sod));
                java.util.Map<Integer, byte[]> groups = new java.util.TreeMap<>();
                for (java.nio.file.Path file : dataGroups) {
                    byte[] bytes = read(file);
                    int tag = bytes.length == 0 ? -1 : bytes[0] & 0xFF;
                    int number = vn.smartcity.card.lds.LdsFileId.byTag(tag)
                            .flatMap(vn.smartcity.card.lds.LdsFileId::dataGroupNumber)
                            .orElseThrow(() -> new SmartCity.InputError(
                                    file + ": not a data group (its first byte is not a DG1..DG16 tag)"));
                    groups.put(number, bytes);
                }
                vn.smartcity.card.pa.TrustStore store = java.nio.file.Files.isDirectory(trust)
                        ? vn.smartcity.card.pa.TrustStore.fromDirectory(trust)
                        : vn.smartcity.card.pa.TrustStore.fromMasterList(read(trust));
                verdict = vn.smartcity.card.pa.PassiveAuthentication.verify(parsed, groups, store, when);
            } catch (CardDataException e) {
                throw invalid(spec, json, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.createObjectBuilder()
                        .add("passed", verdict.passed())
                        .add("result", verdict.result().name())
                        .add("checks", checksJson(verdict))
                        .build());
            } else {
                out.println("passive authentication: " + verdict.result());
                for (vn.smartcity.card.pa.Check c : verdict.checks()) {
                    out.println("  " + c);
                }
            }
            if (!verdict.passed()) {
                spec.commandLine().getErr().println(failureLine(verdict));
                return SmartCity.INVALID_INPUT;
            }
            return SmartCity.OK;
        }

        private static byte[] read(java.nio.file.Path file) {
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new SmartCity.InputError("no such file: " + file);
            } catch (java.io.IOException e) {
                throw new SmartCity.InputError("cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
