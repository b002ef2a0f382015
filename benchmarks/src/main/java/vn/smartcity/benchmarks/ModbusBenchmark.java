package vn.smartcity.benchmarks;

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
import vn.smartcity.iot.ObservationSink;
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
 * word-swapped floats, 20 big-endian int32 and 5 scaled int16 (65 records). The hot path checks
 * both CRCs and hands every record to a sink; the list path builds {@link Observation}s; {@code
 * crc} is the CRC of the response alone; the floor sums the same bytes without a CRC.
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
    private double sum;
    private int chars;
    private final ObservationSink sink = r -> {
        sum += r.number();
        chars += r.name().length() + r.source().length();
    };

    /** Creates the state; JMH calls this. */
    public ModbusBenchmark() {}

    /** Builds the register map and the exchange. */
    @Setup
    public void setUp() {
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
        byte[] response = ModbusRtuCodec.builder()
                .registerMap(map)
                .startAddress(0)
                .build()
                .encode(values);
        byte[] request = new ModbusFrame.ReadRequest(1, ModbusFunction.READ_HOLDING_REGISTERS, 0, 125).encode();
        exchange = new byte[request.length + response.length];
        System.arraycopy(request, 0, exchange, 0, request.length);
        System.arraycopy(response, 0, exchange, request.length, response.length);
        responseOffset = request.length;
        codec = ModbusRtuCodec.builder().registerMap(map).build();
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
     * The CRC of the response frame.
     *
     * @return the CRC
     */
    @Benchmark
    public int crc() {
        return ModbusCrc.compute(exchange, responseOffset, exchange.length - responseOffset - 2);
    }

    /**
     * Decodes the exchange into a sink that reads every record.
     *
     * @return the sum of the values
     */
    @Benchmark
    public double hotPath() {
        sum = 0;
        chars = 0;
        codec.decode(exchange, 0, exchange.length, context, sink);
        return sum + chars;
    }

    /**
     * Decodes the exchange into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> listPath() {
        return codec.decode(exchange, context);
    }
}
