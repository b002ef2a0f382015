package vn.smartcity.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.pa.CheckType;
import vn.smartcity.card.pa.PassiveAuthentication;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.card.pa.Verdict;
import vn.smartcity.card.sod.Sod;
import vn.smartcity.testkit.chip.ChipContent;

/**
 * The offline check of a CCCD's data after reading it, on the test kit's synthetic card ({@link
 * ChipContent#sampleCitizen()}: DG1 of 95 bytes, DG2 with a 4.4 kB face, DG13 with the Vietnamese
 * fields, EF.SOD with SHA-256 hashes signed with ECDSA by the test kit's document signer).
 *
 * <ul>
 *   <li>{@code oursHashCheck}: parse EF.SOD ({@link Sod}) and DG13 ({@link Dg13}), then hash DG1,
 *       DG2 and DG13 with the SOD's algorithm and compare each with the SOD's hash, as {@link
 *       PassiveAuthentication}'s data-group check does it (SHA-256 from a Bouncy Castle provider
 *       instance, a new {@code MessageDigest} per data group);
 *   <li>{@code oursPassiveAuthentication}: the same parses, then all of {@link
 *       PassiveAuthentication#verify(Sod, Map, TrustStore, Instant)} with the test kit's CSCA: the
 *       hash check and also the SOD's signature, the certificate chain and validity;
 *   <li>{@code floor}: SHA-256 of the same three data groups with one reused JDK {@code
 *       MessageDigest}, compared with the expected hashes: no parsing, no signature.
 * </ul>
 *
 * <p>No peer: JMRTD parses EF.SOD but not DG13, and leaves the comparison to its user, so there is
 * no like-for-like row; the times are absolute. {@code @Setup} checks that every hash matches and
 * that the whole verdict passes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SodHashCheckBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SodHashCheckBenchmark {

    private static final int[] GROUPS = {1, 2, 13};

    /** The passive authentication instant: within the test kit's certificates' validity. */
    private static final Instant AT = Instant.parse("2026-11-22T00:00:00Z");

    private final Provider provider = new BouncyCastleProvider();
    private byte[] sod = new byte[0];
    private byte[] dg1 = new byte[0];
    private byte[] dg2 = new byte[0];
    private byte[] dg13 = new byte[0];
    private byte[][] groups = new byte[0][];
    private byte[][] expected = new byte[0][];
    private Map<Integer, byte[]> presented = Map.of();
    private TrustStore trustStore = TrustStore.of(List.of());
    private MessageDigest sha256 = sha256();

    /** Creates the state; JMH calls this. */
    public SodHashCheckBenchmark() {}

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Takes the sample CCCD's files and checks that every hash matches and the verdict passes.
     *
     * @throws NoSuchAlgorithmException never
     */
    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        ChipContent card = ChipContent.sampleCitizen();
        sod = card.sod();
        dg1 = card.file(LdsFileId.DG1).orElseThrow();
        dg2 = card.file(LdsFileId.DG2).orElseThrow();
        dg13 = card.file(LdsFileId.DG13).orElseThrow();
        groups = new byte[][] {dg1, dg2, dg13};
        presented = Map.of(1, dg1, 2, dg2, 13, dg13);
        trustStore = card.trustStore();
        Sod parsed = Sod.parse(sod);
        expected = new byte[GROUPS.length][];
        for (int i = 0; i < GROUPS.length; i++) {
            expected[i] = parsed.dataGroupHash(GROUPS[i]).orElseThrow();
        }
        sha256 = MessageDigest.getInstance(parsed.digestAlgorithm().jcaName());
        if (oursHashCheck() != GROUPS.length + Dg13.parse(dg13).fields().size()) {
            throw new IllegalStateException("SodHashCheckBenchmark: a data-group hash does not match (ours)");
        }
        if (floor() != GROUPS.length) {
            throw new IllegalStateException("SodHashCheckBenchmark: a data-group hash does not match (floor)");
        }
        Verdict verdict = verify();
        for (int n : GROUPS) {
            if (verdict.dataGroup(n).map(c -> c.status() != Status.PASSED).orElse(true)) {
                throw new IllegalStateException("SodHashCheckBenchmark: DG" + n + " does not pass: " + verdict);
            }
        }
        if (verdict.check(CheckType.SOD_SIGNATURE)
                        .map(c -> c.status() != Status.PASSED)
                        .orElse(true)
                || !oursPassiveAuthentication()) {
            throw new IllegalStateException("SodHashCheckBenchmark: passive authentication fails: " + verdict);
        }
    }

    /**
     * Ours: parse EF.SOD and DG13, hash the three data groups and compare.
     *
     * @return how many hashes match, plus the number of DG13 fields
     * @throws NoSuchAlgorithmException never: the SOD's algorithm is SHA-256
     */
    @Benchmark
    public int oursHashCheck() throws NoSuchAlgorithmException {
        Sod parsed = Sod.parse(sod);
        Dg13 fields = Dg13.parse(dg13);
        String algorithm = parsed.digestAlgorithm().jcaName();
        int matches = 0;
        for (int i = 0; i < GROUPS.length; i++) {
            byte[] hash = MessageDigest.getInstance(algorithm, provider).digest(groups[i]);
            matches += MessageDigest.isEqual(parsed.dataGroupHash(GROUPS[i]).orElseThrow(), hash) ? 1 : 0;
        }
        return matches + fields.fields().size();
    }

    /**
     * Ours, everything: parse EF.SOD and DG13, then passive authentication of DG1, DG2 and DG13.
     *
     * @return whether the document passed
     */
    @Benchmark
    public boolean oursPassiveAuthentication() {
        Dg13.parse(dg13);
        return verify().passed();
    }

    private Verdict verify() {
        return PassiveAuthentication.verify(Sod.parse(sod), presented, trustStore, AT);
    }

    /**
     * The floor: SHA-256 of the three data groups with one reused digest, compared.
     *
     * @return how many hashes match
     */
    @Benchmark
    public int floor() {
        MessageDigest digest = sha256;
        int matches = 0;
        for (int i = 0; i < groups.length; i++) {
            matches += MessageDigest.isEqual(expected[i], digest.digest(groups[i])) ? 1 : 0;
        }
        return matches;
    }
}
