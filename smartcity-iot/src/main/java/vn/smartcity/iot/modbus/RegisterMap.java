package vn.smartcity.iot.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The register layout of a data logger or instrument: which value sits at which register, in
 * which type and word order, and how to scale it. It turns the register data of a frame into named
 * values and back. Immutable.
 *
 * <pre>{@code
 * RegisterMap map = RegisterMap.of(
 *         RegisterMap.Entry.of("pm2.5", "ug/m3", 0, RegisterType.FLOAT32).withOrder(WordOrder.CDAB),
 *         RegisterMap.Entry.of("temperature", "Cel", 2, RegisterType.INT16).withScale(0.1, 0));
 * }</pre>
 *
 * <p>Entries may not overlap (two entries reading one register could not both be written back)
 * and their names are unique. One map describes one register table; a device whose holding and
 * input registers both carry values needs one map (and one codec) for each.
 */
public final class RegisterMap {

    private static final RegisterMap EMPTY = new RegisterMap(List.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byName;

    private RegisterMap(List<Entry> sorted) {
        this.entries = List.copyOf(sorted);
        Map<String, Entry> names = new HashMap<>();
        for (Entry e : sorted) {
            names.put(e.name(), e);
        }
        this.byName = Map.copyOf(names);
    }

    /**
     * The map with no entries: the codec then names each register by its table and address.
     *
     * @return the empty map
     */
    public static RegisterMap empty() {
        return EMPTY;
    }

    /**
     * A map of entries.
     *
     * @param entries the entries, in any order
     * @return the map, entries sorted by address
     * @throws IllegalArgumentException if two entries overlap or share a name
     */
    public static RegisterMap of(Entry... entries) {
        return of(List.of(entries));
    }

    /**
     * A map of entries.
     *
     * @param entries the entries, in any order
     * @return the map, entries sorted by address
     * @throws IllegalArgumentException if two entries overlap or share a name
     */
    public static RegisterMap of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::address));
        Map<String, Entry> names = new HashMap<>();
        Entry previous = null;
        for (Entry e : sorted) {
            Entry same = names.put(e.name(), e);
            if (same != null) {
                throw new IllegalArgumentException("two entries are named " + e.name());
            }
            if (previous != null && previous.address() + previous.type().words() > e.address()) {
                throw new IllegalArgumentException(previous.name() + " (register " + previous.address() + ", "
                        + previous.type() + ") overlaps " + e.name() + " (register " + e.address() + ")");
            }
            previous = e;
        }
        return new RegisterMap(sorted);
    }

    /**
     * The entries.
     *
     * @return the entries, by address
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The entry with a name.
     *
     * @param name the name
     * @return the entry, or empty
     */
    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Whether the map has no entries.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return "RegisterMap" + entries;
    }

    /**
     * What a value is divided by instead of multiplied by its scale: {@code 1 / scale} when that is
     * a whole number (scale 0.1 gives 10), else NaN. Codecs compute it once per entry.
     *
     * @param scale the entry's factor
     * @return the divisor, or NaN to multiply by the scale
     */
    static double divisor(double scale) {
        double inverse = 1 / scale;
        return inverse == Math.rint(inverse) ? inverse : Double.NaN;
    }

    /**
     * One value in the map: {@code value = raw * scale + offset}, where {@code raw} is the register
     * content read as {@code type} in {@code order}. When {@code 1 / scale} is a whole number (0.1,
     * 0.01, ...) the value is computed as {@code raw / (1 / scale)}, so that 235 with scale 0.1 gives
     * exactly 23.5.
     *
     * @param name the name records carry
     * @param unit the unit records carry, or {@code null}
     * @param address the first register's address in the PDU (0 to 65535, 0-based: what manuals
     *     call register 40001 is address 0)
     * @param type the type
     * @param order the word and byte order
     * @param scale the factor, finite and not zero
     * @param offset the offset, finite
     */
    public record Entry(
            String name,
            @Nullable String unit,
            int address,
            RegisterType type,
            WordOrder order,
            double scale,
            double offset) {

        /**
         * Validates the components.
         *
         * @param address the {@code address} component
         * @param name the {@code name} component
         * @param offset the {@code offset} component
         * @param order the {@code order} component
         * @param scale the {@code scale} component
         * @param type the {@code type} component
         * @param unit the {@code unit} component
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(order, "order");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("an entry needs a name");
            }
            if (address < 0 || address + type.words() > 0x10000) {
                throw new IllegalArgumentException(name + ": register address " + address + " is outside 0 to 65535");
            }
            if (!Double.isFinite(scale) || scale == 0 || !Double.isFinite(offset)) {
                throw new IllegalArgumentException(name + ": scale must be finite and not 0, offset finite");
            }
        }

        /**
         * An entry in big-endian order ({@link WordOrder#ABCD}), scale 1, offset 0.
         *
         * @param name the name
         * @param unit the unit, or {@code null}
         * @param address the first register's address
         * @param type the type
         * @return the entry
         */
        public static Entry of(String name, @Nullable String unit, int address, RegisterType type) {
            return new Entry(name, unit, address, type, WordOrder.ABCD, 1, 0);
        }

        /**
         * A copy with another word order.
         *
         * @param newOrder the order
         * @return the copy
         */
        public Entry withOrder(WordOrder newOrder) {
            return new Entry(name, unit, address, type, newOrder, scale, offset);
        }

        /**
         * A copy with another scale and offset.
         *
         * @param newScale the factor
         * @param newOffset the offset
         * @return the copy
         */
        public Entry withScale(double newScale, double newOffset) {
            return new Entry(name, unit, address, type, order, newScale, newOffset);
        }

        /**
         * Turns a raw register value into the value.
         *
         * @param raw the register content, as {@link Registers#read} gives it
         * @return {@code raw * scale + offset}
         */
        public double value(double raw) {
            double divisor = divisor(scale);
            return (Double.isNaN(divisor) ? raw * scale : raw / divisor) + offset;
        }

        /**
         * Turns a value into the raw register value, the inverse of {@link #value(double)} (not
         * rounded).
         *
         * @param value the value
         * @return {@code (value - offset) / scale}
         */
        public double raw(double value) {
            double divisor = divisor(scale);
            return Double.isNaN(divisor) ? (value - offset) / scale : (value - offset) * divisor;
        }
    }
}
