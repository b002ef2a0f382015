package vn.smartcity.benchmarks;

import com.digitalpetri.modbus.Crc16;
import com.digitalpetri.modbus.ModbusPduSerializer;
import com.digitalpetri.modbus.ModbusRtuFrame;
import com.digitalpetri.modbus.ModbusRtuRequestFrameParser;
import com.digitalpetri.modbus.ModbusRtuResponseFrameParser;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.ghgande.j2mod.modbus.util.ModbusUtil;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.modbus.ModbusCrc;
import vn.smartcity.iot.modbus.ModbusFrame;
import vn.smartcity.iot.modbus.ModbusFunction;
import vn.smartcity.iot.modbus.ModbusRtuCodec;
import vn.smartcity.iot.modbus.RegisterMap;
import vn.smartcity.iot.modbus.RegisterType;
import vn.smartcity.iot.modbus.WordOrder;

/**
 * A data logger's poll of a full block of holding registers: the request {@code 01 03 00 00 00 7D}
 * and its 125-register response (255 bytes), both with CRC, decoded through a register map of 40
 * word-swapped floats, 20 big-endian int32 and 5 scaled int16 (65 records; synthetic values).
 *
 * <ul>
 *   <li>{@code oursHot}: {@link ModbusRtuCodec} checks both CRCs, matches the response to the
 *       request and hands every mapped value to a sink that reads it;
 *   <li>{@code oursList}: the same into a {@code List<Observation>};
 *   <li>{@code peerDigitalpetri}: digitalpetri modbus 2.1.4, the same work by hand with its parts:
 *       its RTU request and response frame parsers, its {@code Crc16} over each frame, its PDU
 *       serializers ({@code ReadHoldingRegistersRequest}, {@code ReadHoldingRegistersResponse}),
 *       then the 65 values read from the register bytes with a {@link ByteBuffer} (digitalpetri has
 *       no register map);
 *   <li>{@code floor}: sum the bytes of the exchange.
 * </ul>
 *
 * <p>The CRC alone, over the response: {@code crcOurs} ({@link ModbusCrc}), {@code
 * crcPeerDigitalpetri} (its {@code Crc16}, a byte at a time, as its transports use it), {@code
 * crcPeerJ2mod} (j2mod 3.3.0 {@code ModbusUtil.calculateCRC}), and {@code crcFloor}, a byte scan.
 * {@code @Setup} checks that the three CRCs agree and that ours and the peer read the same 65
 * values.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ModbusBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModbusBenchmark {

    private final DecodeContext context = DecodeContext.defaults();
    private ModbusRtuCodec codec = new ModbusRtuCodec();
    private byte[] exchange = new byte[0];
    private int responseOffset;
    private byte[] request = new byte[0];
    private byte[] response = new byte[0];
    private final ModbusRtuRequestFrameParser requestParser = new ModbusRtuRequestFrameParser();
    private final ModbusRtuResponseFrameParser responseParser = new ModbusRtuResponseFrameParser();
    private final Crc16 crc16 = new Crc16();
    private final FieldReader reader = new FieldReader();

    /** Creates the state; JMH calls this. */
    public ModbusBenchmark() {}

    /**
     * Builds the register map and the exchange, and checks that ours and the peers agree.
     *
     * @throws Exception if digitalpetri rejects the frames
     */
    @Setup
    public void setUp() throws Exception {
        List<RegisterMap.Entry> entries = new ArrayList<>();
        List<Observation> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(RegisterMap.Entry.of("f" + i, "ug/m3", 2 * i, RegisterType.FLOAT32)
                    .withOrder(WordOrder.CDAB));
            values.add(Observation.of("1", "f" + i, "ug/m3", 10.5 + i, Instant.EPOCH));
        }
        for (int i = 0; i < 20; i++) {
            entries.add(RegisterMap.Entry.of("n" + i, null, 80 + 2 * i, RegisterType.INT32));
            values.add(Observation.of("1", "n" + i, null, -100_000 + i, Instant.EPOCH));
        }
        for (int i = 0; i < 5; i++) {
            entries.add(RegisterMap.Entry.of("t" + i, "Cel", 120 + i, RegisterType.INT16)
                    .withScale(0.1, 0));
            values.add(Observation.of("1", "t" + i, "Cel", 25.5 + i, Instant.EPOCH));
        }
        RegisterMap map = RegisterMap.of(entries);
        response = ModbusRtuCodec.builder()
                .registerMap(map)
                .startAddress(0)
                .build()
                .encode(values);
        request = new ModbusFrame.ReadRequest(1, ModbusFunction.READ_HOLDING_REGISTERS, 0, 125).encode();
        exchange = new byte[request.length + response.length];
        System.arraycopy(request, 0, exchange, 0, request.length);
        System.arraycopy(response, 0, exchange, request.length, response.length);
        responseOffset = request.length;
        codec = ModbusRtuCodec.builder().registerMap(map).build();

        double ours = 0;
        for (Observation o : codec.decode(exchange, context)) {
            ours += o.number();
        }
        Agree.sameDigest(
                "ModbusBenchmark values", Math.round(ours * 1e6) / 1e6, Math.round(peerDigitalpetri() * 1e6) / 1e6);
        int[] j2mod = crcPeerJ2mod();
        Agree.sameDigest("ModbusBenchmark CRC j2mod", crcOurs(), j2mod[0] | (j2mod[1] << 8));
        Agree.sameDigest("ModbusBenchmark CRC digitalpetri", crcOurs(), crcPeerDigitalpetri());
    }

    /**
     * The floor: sum the bytes of the exchange, no CRC.
     *
     * @return the sum
     */
    @Benchmark
    public int floor() {
        int s = 0;
        for (byte b : exchange) {
            s += b;
        }
        return s;
    }

    /**
     * Ours, the CRC of the response frame.
     *
     * @return the CRC
     */
    @Benchmark
    public int crcOurs() {
        return ModbusCrc.compute(exchange, responseOffset, exchange.length - responseOffset - 2);
    }

    /**
     * Decodes the exchange into a sink that reads every record.
     *
     * @return the sum of the values
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(exchange, 0, exchange.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Decodes the exchange into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(exchange, context);
    }

    /**
     * digitalpetri: frame parsers, CRC and PDU serializers, then the values from the registers.
     *
     * @return the sum of the values
     * @throws Exception if digitalpetri's serializers reject a frame (they declare {@code Exception})
     */
    @Benchmark
    public double peerDigitalpetri() throws Exception {
        requestParser.reset();
        ModbusRtuFrame req = ((ModbusRtuRequestFrameParser.Accumulated) requestParser.parse(request)).frame();
        checkCrc(request);
        ReadHoldingRegistersRequest read =
                (ReadHoldingRegistersRequest) ModbusPduSerializer.DefaultRequestSerializer.INSTANCE.decode(
                        req.pdu().get(0) & 0xFF, req.pdu());
        responseParser.reset();
        ModbusRtuFrame resp = ((ModbusRtuResponseFrameParser.Accumulated) responseParser.parse(response)).frame();
        if (resp.unitId() != req.unitId()) {
            throw new IllegalStateException("unit");
        }
        checkCrc(response);
        ReadHoldingRegistersResponse answer =
                (ReadHoldingRegistersResponse) ModbusPduSerializer.DefaultResponseSerializer.INSTANCE.decode(
                        resp.pdu().get(0) & 0xFF, resp.pdu());
        byte[] registers = answer.registers();
        if (registers.length != read.quantity() * 2) {
            throw new IllegalStateException("quantity");
        }
        ByteBuffer r = ByteBuffer.wrap(registers);
        double sum = 0;
        for (int i = 0; i < 40; i++) {
            int at = 4 * i;
            int bits = ((r.getShort(at + 2) & 0xFFFF) << 16) | (r.getShort(at) & 0xFFFF);
            sum += Float.intBitsToFloat(bits);
        }
        for (int i = 0; i < 20; i++) {
            sum += r.getInt(2 * (80 + 2 * i));
        }
        for (int i = 0; i < 5; i++) {
            sum += r.getShort(2 * (120 + i)) * 0.1;
        }
        return sum;
    }

    private void checkCrc(byte[] frame) {
        Crc16 crc = crc16;
        crc.reset();
        int end = frame.length - 2;
        for (int i = 0; i < end; i++) {
            crc.update(frame[i]);
        }
        if (crc.getValue() != ((frame[end] & 0xFF) | ((frame[end + 1] & 0xFF) << 8))) {
            throw new IllegalStateException("CRC");
        }
    }

    /**
     * digitalpetri's {@code Crc16} over the response, a byte at a time.
     *
     * @return the CRC
     */
    @Benchmark
    public int crcPeerDigitalpetri() {
        Crc16 crc = crc16;
        crc.reset();
        byte[] b = exchange;
        for (int i = responseOffset, end = exchange.length - 2; i < end; i++) {
            crc.update(b[i]);
        }
        return crc.getValue();
    }

    /**
     * j2mod's {@code ModbusUtil.calculateCRC} over the response.
     *
     * @return the CRC as j2mod gives it, high and low byte
     */
    @Benchmark
    public int[] crcPeerJ2mod() {
        // j2mod's third argument is where to stop, not a length (it loops while i < len).
        return ModbusUtil.calculateCRC(exchange, responseOffset, exchange.length - 2);
    }

    /**
     * The floor of the CRC: a byte scan over the same bytes.
     *
     * @return the sum of the bytes
     */
    @Benchmark
    public int crcFloor() {
        byte[] b = exchange;
        int s = 0;
        for (int i = responseOffset, end = exchange.length - 2; i < end; i++) {
            s += b[i];
        }
        return s;
    }
}
