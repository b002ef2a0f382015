package vn.smartcity.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jmrtd.lds.icao.MRZInfo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.mrz.MrzCheck;
import vn.smartcity.card.mrz.MrzParser;

/**
 * Machine-readable zones parsed and their check digits verified, on the ICAO Doc 9303 specimens
 * (the same ones smartcity-card's {@code MrzSpecVectorsTest} names): TD1, the ID card of Part 5
 * ({@code I<UTOD231458907...}, 3 lines of 30), and TD3, the passport of Part 4 ({@code
 * P<UTOERIKSSON...}, 2 lines of 44).
 *
 * <ul>
 *   <li>{@code oursHot}: {@link MrzParser} with a fixed reference date: every character class, every
 *       field, names split, dates to {@link LocalDate} with their centuries, every check digit;
 *   <li>{@code oursConvenient}: {@link Mrz#parse(String)}, which dates relative to today;
 *   <li>{@code peerJmrtd}: JMRTD 0.8.6 {@code new MRZInfo(text)}, then the check digits a JMRTD
 *       user must verify separately (its parser reads them but checks none), each with {@code
 *       MRZInfo.checkDigit} over the field's text;
 *   <li>{@code floor}: the check digits alone, a plain loop over the same characters.
 * </ul>
 *
 * <p><b>The peer does less.</b> JMRTD validates no character classes, keeps dates as {@code YYMMDD}
 * strings (no calendar check, no century), and leaves check digits to its user, as done here.
 * {@code @Setup} checks that both read the same document number, states, dates, sex and names and
 * that every check digit passes on both sides.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MrzBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MrzBenchmark {

    /** Doc 9303 Part 5 TD1 specimen. */
    static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n" + "7408122F1204159UTO<<<<<<<<<<<6\n" + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    /** Doc 9303 Part 4 TD3 specimen. */
    static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    // Check digits: {from, to (exclusive), digit} in the zone joined without line breaks.
    private static final int[][] TD1_CHECKS = {{5, 14, 14}, {30, 36, 36}, {38, 44, 44}};
    private static final int[][] TD1_COMPOSITE = {{5, 30}, {30, 37}, {38, 45}, {48, 59}, {59}};
    private static final int[][] TD3_CHECKS = {{44, 53, 53}, {57, 63, 63}, {65, 71, 71}, {72, 86, 86}};
    private static final int[][] TD3_COMPOSITE = {{44, 54}, {57, 64}, {65, 87}, {87}};

    /** Which document. */
    @Param({"td1", "td3"})
    public String document;

    // Not final: JMH must not constant-fold the inputs.
    private String text = "";
    private String joined = "";
    private int[][] checks = TD1_CHECKS;
    private int[][] composite = TD1_COMPOSITE;
    private MrzParser parser = MrzParser.strict();

    /** Creates the state; JMH calls this. */
    public MrzBenchmark() {}

    /** Picks the zone and checks that ours and JMRTD read the same fields and pass every check. */
    @Setup
    public void setUp() {
        boolean td1 = document.equals("td1");
        text = td1 ? TD1 : TD3;
        joined = text.replace("\n", "");
        checks = td1 ? TD1_CHECKS : TD3_CHECKS;
        composite = td1 ? TD1_COMPOSITE : TD3_COMPOSITE;
        parser = MrzParser.strict().withReferenceDate(LocalDate.of(2026, 11, 22));
        Mrz ours = oursHot();
        if (!ours.isValid()) {
            throw new IllegalStateException("our parser fails a check: " + ours.failedChecks());
        }
        MRZInfo peer = new MRZInfo(text);
        if (!checksJmrtd()) {
            throw new IllegalStateException("a check digit fails with JMRTD");
        }
        if (floor() != (td1 ? 3 : 4) + 1) {
            throw new IllegalStateException("a check digit fails in the floor");
        }
        DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
        String a = String.join(
                "|",
                ours.documentNumber(),
                ours.issuingState(),
                ours.nationality(),
                ours.dateOfBirth().format(yymmdd),
                ours.dateOfExpiry().format(yymmdd),
                ours.sex().name().substring(0, 1),
                ours.primaryIdentifier(),
                ours.secondaryIdentifier(),
                Integer.toString(ours.checks().size()));
        String b = String.join(
                "|",
                peer.getDocumentNumber(),
                peer.getIssuingState(),
                peer.getNationality(),
                peer.getDateOfBirth(),
                peer.getDateOfExpiry(),
                peer.getGenderCode().name().substring(0, 1),
                peer.getPrimaryIdentifier().replace('<', ' ').trim(),
                peer.getSecondaryIdentifier().replace('<', ' ').trim(),
                Integer.toString(checks.length + 1));
        Agree.sameRecords("MrzBenchmark " + document, List.of(a), List.of(b));
        for (MrzCheck check : ours.checks()) {
            if (!check.passed()) {
                throw new IllegalStateException(check.toString());
            }
        }
    }

    /**
     * Ours: the configured parser (fixed reference date).
     *
     * @return the zone
     */
    @Benchmark
    public Mrz oursHot() {
        return parser.parse(text);
    }

    /**
     * Ours, the one-liner: dates relative to today.
     *
     * @return the zone
     */
    @Benchmark
    public Mrz oursConvenient() {
        return Mrz.parse(text);
    }

    /**
     * JMRTD: parse, then verify each check digit with its {@code checkDigit}.
     *
     * @param hole takes the parsed zone
     * @return whether every check digit passes
     */
    @Benchmark
    public boolean peerJmrtd(Blackhole hole) {
        hole.consume(new MRZInfo(text));
        return checksJmrtd();
    }

    private boolean checksJmrtd() {
        String z = joined;
        boolean ok = true;
        for (int[] c : checks) {
            ok &= MRZInfo.checkDigit(z.substring(c[0], c[1])) == z.charAt(c[2]);
        }
        StringBuilder all = new StringBuilder(60);
        for (int i = 0; i < composite.length - 1; i++) {
            all.append(z, composite[i][0], composite[i][1]);
        }
        return ok & MRZInfo.checkDigit(all.toString()) == z.charAt(composite[composite.length - 1][0]);
    }

    /**
     * The floor: every check digit computed with a plain loop and compared.
     *
     * @return how many check digits pass
     */
    @Benchmark
    public int floor() {
        String z = joined;
        int passed = 0;
        for (int[] c : checks) {
            passed += weighted(z, c[0], c[1], 0) % 10 == z.charAt(c[2]) - '0' ? 1 : 0;
        }
        int sum = 0;
        int position = 0;
        for (int i = 0; i < composite.length - 1; i++) {
            sum += weighted(z, composite[i][0], composite[i][1], position);
            position += composite[i][1] - composite[i][0];
        }
        return passed + (sum % 10 == z.charAt(composite[composite.length - 1][0]) - '0' ? 1 : 0);
    }

    private static int weighted(String z, int from, int to, int position) {
        int sum = 0;
        for (int i = from; i < to; i++, position++) {
            char c = z.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            int w = position % 3;
            sum += v * (w == 0 ? 7 : w == 1 ? 3 : 1);
        }
        return sum;
    }
}
