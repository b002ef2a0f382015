package vn.smartcity.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Province;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.id.TaxCode;

/**
 * Validating identifiers in bulk, as a counter system does when it imports a day's forms: parse a
 * personal ID number, a tax code, and find a province by a loosely typed name. The floor is a plain
 * loop that only checks the characters are digits.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IdentifierBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierBenchmark {

    // Not final: JMH must not constant-fold the inputs.
    private String idNumber = "046192004217";
    private String taxCode = "0312 68 78 78 - 001";
    private String provinceName = "TP. Thừa Thiên Huế";
    private final AdministrativeUnits units = AdministrativeUnits.standard();

    /** Creates the state; JMH calls this. */
    public IdentifierBenchmark() {}

    /**
     * The floor: is every character a digit.
     *
     * @return whether the ID number is all digits
     */
    @Benchmark
    public boolean floorDigitScan() {
        String s = idNumber;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Full validation of a personal ID number, place code included.
     *
     * @return the parsed number
     */
    @Benchmark
    public PersonalIdNumber parsePersonalIdNumber() {
        return PersonalIdNumber.parse(idNumber);
    }

    /**
     * A branch tax code as people write it, check digit included.
     *
     * @return the parsed code
     */
    @Benchmark
    public TaxCode parseTaxCode() {
        return TaxCode.parse(taxCode);
    }

    /**
     * A province by a name with a prefix and diacritics.
     *
     * @return the province
     */
    @Benchmark
    public Province findProvinceByName() {
        return units.find(provinceName).orElseThrow();
    }
}
