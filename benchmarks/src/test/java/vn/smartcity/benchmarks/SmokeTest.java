package vn.smartcity.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the suite from rotting without timing anything: every benchmark method, with every
 * parameter, runs once in this JVM (no fork, no warm-up, one single-shot iteration). That runs each
 * {@code @Setup}, and so each check that ours and the peer decode the same values.
 */
class SmokeTest {

    @Test
    void everyBenchmarkRunsOnceAndItsSetupAgreesWithThePeer() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("vn\\.smartcity\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .mode(Mode.SingleShotTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            ran.add(r.getParams().getBenchmark().replaceFirst("^vn\\.smartcity\\.benchmarks\\.", ""));
            assertFalse(
                    Double.isNaN(r.getPrimaryResult().getScore()), r.getParams().getBenchmark());
        }
        for (String expected : Set.of(
                "SenmlJsonBenchmark.peerLeshan",
                "SenmlCborBenchmark.floorJackson",
                "Hj212Benchmark.baselineSplit",
                "Tt10Benchmark.baselineSplit",
                "CayenneLppBenchmark.floor",
                "ModbusBenchmark.crcPeerJ2mod",
                "ModbusBenchmark.peerDigitalpetri",
                "NmeaBenchmark.peerMarineapi",
                "MrzBenchmark.peerJmrtd",
                "SecureMessagingBenchmark.unwrapPeerJmrtd",
                "SodHashCheckBenchmark.oursPassiveAuthentication",
                "IdentifierBenchmark.parseTaxCode")) {
            assertTrue(ran.contains(expected), expected + " did not run; ran " + ran);
        }
        // 3 SenML JSON packs x 4, 2 CBOR packs x 4, 3 HJ 212 packets x 6, TT 10 x 4, 2 LPP frames x 3,
        // Modbus 8, NMEA 4, 2 MRZ x 4, identifiers 4, 2 secure-messaging ciphers x 6, EF.SOD 3.
        assertEquals(12 + 8 + 18 + 4 + 6 + 8 + 4 + 8 + 4 + 12 + 3, results.size());
    }
}
