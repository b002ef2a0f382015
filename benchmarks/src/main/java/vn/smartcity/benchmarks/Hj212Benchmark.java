package vn.smartcity.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.hj212.Hj212Codec;
import vn.smartcity.iot.hj212.Hj212Crc;

/**
 * HJ 212-2017 packets parsed and their CRC checked, on three published packets of the 2017
 * protocol:
 *
 * <ul>
 *   <li>{@code realtime}: the real-time ({@code CN=2011}) air packet of the project's specification,
 *       7 values, CRC {@code cc01} (also in smartcity-iot's {@code Hj212CodecTest}), with the CR LF
 *       that ends every frame on the wire added: 329 bytes;
 *   <li>{@code minute}: a minute-data ({@code CN=2051}) air packet of 11 averages, {@code ##0411...
 *       &&D641}, from the test of a public Go HJ 212 parser on GitHub (code index id 24379457364),
 *       CR LF added: 423 bytes;
 *   <li>{@code hour}: an hour-data ({@code CN=2061}) water packet of 5 averages, {@code ##0247...
 *       &&5280} with CR LF, 259 bytes, from the same public test suite whose real-time packet
 *       smartcity-iot's tests use (code index id 67129704497).
 * </ul>
 *
 * <p>No HJ 212 library for Java is on Maven Central, so the peer is what a developer would write
 * first: {@code baselineSplit} checks length and CRC, then {@code String.split}s the data segment
 * and parses each value, flag and the data time into a list. It validates much less than the codec
 * (header fields, the flag letters, unknown fields). {@code crcOurs} is the CRC alone over the data
 * segment, {@code crcFloor} a byte scan over the same bytes; {@code floor} sums the whole frame.
 * {@code @Setup} checks that ours and the baseline read the same values, flags and times.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Hj212Benchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Hj212Benchmark {

    /** The project's specification (issue 3), as in {@code Hj212CodecTest.REALTIME_AIR}. */
    static final String REALTIME = "##0317QN=20191012133710130;ST=22;CN=2011;PW=123456;MN=Y80110010000010;Flag=4;"
            + "CP=&&DataTime=20191012133710;a21005-Rtd=0.00,a21005-Flag=N;a21004-Rtd=0.00,a21004-Flag=N;"
            + "a21007-Rtd=0.033,a21007-Flag=N;a21006-Rtd=0.036,a21006-Flag=N;a21001-Rtd=25.40,a21001-Flag=N;"
            + "a21003-Rtd=101.94,a21003-Flag=N;a21002-Rtd=49.20,a21002-Flag=N&&cc01\r\n";

    /** Minute data from a public Go HJ 212 parser's test (code index id 24379457364). */
    static final String MINUTE = "##0411QN=20220513162608370;ST=22;CN=2051;PW=123456;MN=JLYP01_AIR01_0001;Flag=4;"
            + "CP=&&DataTime=20220513162600;a21004-Avg=4,a21004-Flag=N;a05024-Avg=63,a05024-Flag=N;"
            + "a21026-Avg=6,a21026-Flag=N;a21005-Avg=0.427,a21005-Flag=N;a34004-Avg=14,a34004-Flag=N;"
            + "a34002-Avg=31,a34002-Flag=N;a01007-Avg=1,a01007-Flag=N;a01008-Avg=11,a01008-Flag=N;"
            + "a01001-Avg=17,a01001-Flag=N;a01002-Avg=85,a01002-Flag=N;a01006-Avg=95,a01006-Flag=N&&D641\r\n";

    /** Hour data from the public test suite of {@code Hj212CodecTest.REALTIME_WATER} (code index id 67129704497). */
    static final String HOUR = "##0247QN=20260706103512345;ST=21;CN=2061;PW=123456;MN=A110000_0001;Flag=9;"
            + "CP=&&DataTime=20260706100000;w01010-Avg=28.4,w01010-Flag=N;w01014-Avg=7.7,w01014-Flag=N;"
            + "w01001-Avg=6.6,w01001-Flag=N;w01017-Avg=15.0,w01017-Flag=N;w01019-Avg=1.022,w01019-Flag=N&&5280\r\n";

    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneOffset STATION = ZoneOffset.ofHours(7);

    /** Which packet. */
    @Param({"realtime", "minute", "hour"})
    public String packet;

    // Not final: JMH must not constant-fold the inputs.
    private byte[] frame = new byte[0];
    private int dataLength;
    private final Hj212Codec codec = new Hj212Codec();
    private final DecodeContext context = DecodeContext.defaults();
    private final FieldReader reader = new FieldReader();

    /** Creates the state; JMH calls this. */
    public Hj212Benchmark() {}

    /** A value as the naive parser keeps it. */
    record NaiveValue(String code, String kind, double value, String flag, long epochSecond) {}

    /** Picks the packet and checks that ours and the baseline read the same values. */
    @Setup
    public void setUp() {
        String text = packet.equals("realtime") ? REALTIME : packet.equals("minute") ? MINUTE : HOUR;
        frame = text.getBytes(StandardCharsets.US_ASCII);
        dataLength = Integer.parseInt(text.substring(2, 6));
        List<String> ours = new ArrayList<>();
        for (Observation o : codec.decode(frame, context)) {
            ours.add(o.name() + " " + o.statistic() + " " + Agree.number(o.number()) + " " + o.rawStatus() + " "
                    + o.time().getEpochSecond());
        }
        List<String> naive = new ArrayList<>();
        for (NaiveValue v : baselineSplit()) {
            naive.add(
                    v.code() + " " + v.kind() + " " + Agree.number(v.value()) + " " + v.flag() + " " + v.epochSecond());
        }
        Agree.sameRecords("Hj212Benchmark " + packet, ours, naive);
        if (crcOurs() != Integer.parseInt(text.substring(6 + dataLength, 10 + dataLength), 16)) {
            throw new IllegalStateException("the packet's CRC does not check");
        }
    }

    /**
     * Ours, the hot path: frame, CRC, header and every value into a sink that reads it all.
     *
     * @return a digest of what the sink read
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(frame, 0, frame.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Ours, the convenient path.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(frame, context);
    }

    /**
     * The naive baseline: strings, {@code split}, {@code Double.parseDouble} and a formatter.
     *
     * @return the values
     */
    @Benchmark
    public List<NaiveValue> baselineSplit() {
        String text = new String(frame, StandardCharsets.US_ASCII).strip();
        int length = Integer.parseInt(text.substring(2, 6));
        String data = text.substring(6, 6 + length);
        if (naiveCrc(data) != Integer.parseInt(text.substring(6 + length, 10 + length), 16)) {
            throw new IllegalStateException("CRC");
        }
        String cp = data.substring(data.indexOf("CP=&&") + 5, data.lastIndexOf("&&"));
        List<NaiveValue> out = new ArrayList<>();
        long epochSecond = 0;
        for (String group : cp.split(";")) {
            String[] fields = group.split(",");
            String flag = "N";
            for (String field : fields) {
                String[] kv = field.split("=");
                if (kv[0].endsWith("-Flag")) {
                    flag = kv[1];
                }
            }
            for (String field : fields) {
                String[] kv = field.split("=");
                if (kv[0].equals("DataTime")) {
                    epochSecond = LocalDateTime.parse(kv[1], DATA_TIME).toEpochSecond(STATION);
                    continue;
                }
                String[] key = kv[0].split("-");
                String kind = kind(key[1]);
                if (kind != null) {
                    out.add(new NaiveValue(key[0], kind, Double.parseDouble(kv[1]), flag, epochSecond));
                }
            }
        }
        return out;
    }

    private static String kind(String suffix) {
        switch (suffix) {
            case "Rtd":
                return "SAMPLE";
            case "Avg":
                return "AVERAGE";
            case "Min":
                return "MINIMUM";
            case "Max":
                return "MAXIMUM";
            case "Cou":
                return "TOTAL";
            default:
                return null;
        }
    }

    /** The CRC as the standard's appendix gives it, bit by bit over the characters. */
    private static int naiveCrc(String data) {
        int crc = 0xFFFF;
        for (int i = 0; i < data.length(); i++) {
            crc = (crc >>> 8) ^ data.charAt(i);
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    /**
     * Ours, the CRC alone over the data segment.
     *
     * @return the CRC
     */
    @Benchmark
    public int crcOurs() {
        return Hj212Crc.compute(frame, 6, dataLength);
    }

    /**
     * The floor of the CRC: a byte scan over the data segment.
     *
     * @return the sum of the bytes
     */
    @Benchmark
    public int crcFloor() {
        byte[] b = frame;
        int s = 0;
        for (int i = 6, end = 6 + dataLength; i < end; i++) {
            s += b[i];
        }
        return s;
    }

    /**
     * The floor of the parse: sum every byte of the frame.
     *
     * @return the sum
     */
    @Benchmark
    public int floor() {
        int s = 0;
        for (byte b : frame) {
            s += b;
        }
        return s;
    }
}
