package vn.smartcity.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    /** A JMH JSON result cut down to the fields the table reads (synthetic numbers). */
    private static final String RESULT = "[" + run("NmeaBenchmark", "oursHot", 100, 5, 0.01)
            + "," + run("NmeaBenchmark", "peerMarineapi", 1000, 50, 4000)
            + "," + run("NmeaBenchmark", "floor", 40, 1, 0.001)
            + "," + run("ModbusBenchmark", "crcOurs", 300, 9, 0.002)
            + "," + run("ModbusBenchmark", "crcPeerJ2mod", 600, 9, 24)
            + "]";

    private static String run(String benchmark, String method, double ns, double error, double bytes) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"vn.smartcity.benchmarks." + benchmark + "." + method
                + "\",\"mode\":\"avgt\",\"forks\":1,\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
                + "\"vmVersion\":\"17.0.15+6\",\"warmupIterations\":3,\"warmupTime\":\"500 ms\","
                + "\"measurementIterations\":3,\"measurementTime\":\"1 s\",\"primaryMetric\":{\"score\":" + ns
                + ",\"scoreError\":" + error + ",\"scoreUnit\":\"ns/op\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":"
                + "{\"score\":" + bytes + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}}}";
    }

    @Test
    void rolesAndGroupsComeFromTheMethodNames() {
        assertArrayEquals(new String[] {"", "ours"}, ResultTable.groupAndRole("oursHot"));
        assertArrayEquals(new String[] {"", "peer"}, ResultTable.groupAndRole("peerLeshan"));
        assertArrayEquals(new String[] {"", "peer"}, ResultTable.groupAndRole("baselineSplit"));
        assertArrayEquals(new String[] {"crc", "floor"}, ResultTable.groupAndRole("crcFloor"));
        assertArrayEquals(new String[] {"crc", "peer"}, ResultTable.groupAndRole("crcPeerJ2mod"));
        assertArrayEquals(new String[] {"", "other"}, ResultTable.groupAndRole("parsePersonalIdNumber"));
    }

    @Test
    void rendersRatiosWithinTheGroupAndTheTargets() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RESULT);
        String md = ResultTable.render(json, "java -jar benchmarks.jar", "2 cores", "2026-11-22");

        assertTrue(md.contains("| — | **oursHot** | 100 | 5.0 | ≈ 0 |  | 0.10 | 2.50 |"), md);
        assertTrue(md.contains("| — | peerMarineapi | 1,000 | 50.0 | 4,000 |  | 1.00 | 25 |"), md);
        assertTrue(md.contains("| — | **crcOurs** | 300 | 9.0 | ≈ 0 |  | 0.50 | — |"), md);
        assertTrue(md.contains("| NmeaBenchmark.oursHot | — | 10 | 2.50 | ≈ 0 | met |"), md);
        assertTrue(md.contains("| ModbusBenchmark.crcOurs | — | 2.00 | — | ≈ 0 | met |"), md);
        assertTrue(md.contains("1 fork(s), 3 × 500 ms warm-up, 3 × 1 s measured"), md);
    }

    @Test
    void missedTargetsAreSaid() throws Exception {
        String slow = "[" + run("SenmlJsonBenchmark", "oursHot", 500, 5, 48) + ","
                + run("SenmlJsonBenchmark", "peerLeshan", 1000, 5, 100) + ","
                + run("SenmlJsonBenchmark", "floorJackson", 100, 5, 0) + "]";
        String md = ResultTable.render(new ObjectMapper().readTree(slow), "c", "m", "d");
        assertTrue(md.contains("**missed**: under 5× the peer, over 3× the floor, allocates"), md);
    }

    @Test
    void aFasterPeerIsSaidWithWhetherTheErrorsOverlap() throws Exception {
        String close = "[" + run("ModbusBenchmark", "crcOurs", 110, 20, 0) + ","
                + run("ModbusBenchmark", "crcPeerJ2mod", 100, 20, 24) + "]";
        String far = "[" + run("ModbusBenchmark", "oursHot", 300, 10, 0) + ","
                + run("ModbusBenchmark", "peerDigitalpetri", 100, 10, 24) + "]";
        assertTrue(ResultTable.render(new ObjectMapper().readTree(close), "c", "m", "d")
                .contains("**missed**: a peer is faster (within the error)"));
        String md = ResultTable.render(new ObjectMapper().readTree(far), "c", "m", "d");
        assertTrue(md.contains("**missed**: a peer is faster |"), md);
    }

    @Test
    void cardRowsAreHeldToTheSpeedOfThePeerButNotToZeroAllocation() throws Exception {
        String card = "[" + run("SecureMessagingBenchmark", "wrapOurs", 300, 10, 704) + ","
                + run("SecureMessagingBenchmark", "wrapPeerJmrtd", 450, 10, 2376) + ","
                + run("SecureMessagingBenchmark", "wrapFloor", 60, 1, 0) + ","
                + run("SecureMessagingBenchmark", "unwrapOurs", 3000, 10, 1700) + ","
                + run("SecureMessagingBenchmark", "unwrapPeerJmrtd", 2000, 10, 6000) + "]";
        String md = ResultTable.render(new ObjectMapper().readTree(card), "c", "m", "d");
        assertTrue(md.contains("| SecureMessagingBenchmark.wrapOurs | — | 1.50 | 5.00 | 704 | met |"), md);
        assertTrue(
                md.contains(
                        "| SecureMessagingBenchmark.unwrapOurs | — | 0.67 | — | 1,700 | **missed**: a peer is faster |"),
                md);
        String sod = "[" + run("SodHashCheckBenchmark", "oursHashCheck", 40000, 100, 70000) + ","
                + run("SodHashCheckBenchmark", "floor", 3000, 10, 144) + "]";
        assertTrue(
                ResultTable.render(new ObjectMapper().readTree(sod), "c", "m", "d")
                        .contains(
                                "| SodHashCheckBenchmark.oursHashCheck | — | — | 13 | 70,000 | no target (no peer): absolute |"));
    }

    @Test
    void splicesBetweenTheMarkersAndKeepsTheRest() {
        String readme = "# B\n\nintro\n" + ResultTable.BEGIN + "\nold\n" + ResultTable.END + "\n\nnotes\n";
        assertEquals(
                "# B\n\nintro\n" + ResultTable.BEGIN + "\nnew\n" + ResultTable.END + "\n\nnotes\n",
                ResultTable.splice(readme, "new\n"));
        assertEquals("x\n" + ResultTable.BEGIN + "\nnew\n" + ResultTable.END + "\n", ResultTable.splice("x", "new\n"));
    }
}
