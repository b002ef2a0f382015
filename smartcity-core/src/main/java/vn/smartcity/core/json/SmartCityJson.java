package vn.smartcity.core.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.id.TaxCode;
import vn.smartcity.core.money.VndAmount;

/**
 * The one JSON-B setup of the SDK: value types are written as their natural forms and read back.
 *
 * <table>
 *   <caption>JSON forms</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@link PersonalIdNumber}</td><td>{@code "001089012345"} (the full number: JSON is data, not a log)</td></tr>
 *   <tr><td>{@link TaxCode}</td><td>{@code "0100112437-011"}</td></tr>
 *   <tr><td>{@link AgencyCode}</td><td>{@code "000.00.00.H57"}</td></tr>
 *   <tr><td>{@link GeoPoint}</td><td>{@code "16.4637,107.5909"}</td></tr>
 *   <tr><td>{@link VndAmount}</td><td>{@code 1250000} (a JSON integer, as payment APIs expect)</td></tr>
 *   <tr><td>{@link Era}</td><td>{@code "pre-2025"} or {@code "2025"}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Jsonb jsonb = SmartCityJson.create();
 * String json = jsonb.toJson(new Citizen(PersonalIdNumber.parse("001089012345"), ...));
 * Citizen back = jsonb.fromJson(json, Citizen.class);
 * }</pre>
 *
 * <p>Reading malformed values fails with a {@link jakarta.json.bind.JsonbException} whose cause is
 * the {@link vn.smartcity.core.InvalidValueException} saying what was wrong.
 */
public final class SmartCityJson {

    private SmartCityJson() {}

    /**
     * A configuration with the SDK's adapters, to extend with the caller's own settings.
     *
     * @return a new configuration
     */
    public static JsonbConfig config() {
        return new JsonbConfig()
                .withAdapters(
                        new PersonalIdNumberAdapter(),
                        new TaxCodeAdapter(),
                        new AgencyCodeAdapter(),
                        new GeoPointAdapter(),
                        new VndAmountAdapter(),
                        new EraAdapter());
    }

    /**
     * A JSON-B instance with {@link #config()}. Instances are thread-safe and costly to create:
     * make one and keep it.
     *
     * @return a new instance
     */
    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }

    /** {@link PersonalIdNumber} as its twelve digits. */
    public static final class PersonalIdNumberAdapter implements JsonbAdapter<PersonalIdNumber, String> {
        /** Creates the adapter. */
        public PersonalIdNumberAdapter() {}

        @Override
        public String adaptToJson(PersonalIdNumber value) {
            return value.value();
        }

        @Override
        public PersonalIdNumber adaptFromJson(String json) {
            return PersonalIdNumber.parse(json);
        }
    }

    /** {@link TaxCode} as its canonical form. */
    public static final class TaxCodeAdapter implements JsonbAdapter<TaxCode, String> {
        /** Creates the adapter. */
        public TaxCodeAdapter() {}

        @Override
        public String adaptToJson(TaxCode value) {
            return value.value();
        }

        @Override
        public TaxCode adaptFromJson(String json) {
            return TaxCode.parse(json);
        }
    }

    /** {@link AgencyCode} as written in published lists. */
    public static final class AgencyCodeAdapter implements JsonbAdapter<AgencyCode, String> {
        /** Creates the adapter. */
        public AgencyCodeAdapter() {}

        @Override
        public String adaptToJson(AgencyCode value) {
            return value.value();
        }

        @Override
        public AgencyCode adaptFromJson(String json) {
            return AgencyCode.parse(json);
        }
    }

    /** {@link GeoPoint} as {@code "latitude,longitude"}. */
    public static final class GeoPointAdapter implements JsonbAdapter<GeoPoint, String> {
        /** Creates the adapter. */
        public GeoPointAdapter() {}

        @Override
        public String adaptToJson(GeoPoint value) {
            return value.toString();
        }

        @Override
        public GeoPoint adaptFromJson(String json) {
            return GeoPoint.parse(json);
        }
    }

    /** {@link VndAmount} as a JSON integer. */
    public static final class VndAmountAdapter implements JsonbAdapter<VndAmount, Long> {
        /** Creates the adapter. */
        public VndAmountAdapter() {}

        @Override
        public Long adaptToJson(VndAmount value) {
            return value.dong();
        }

        @Override
        public VndAmount adaptFromJson(Long json) {
            return VndAmount.of(json);
        }
    }

    /** {@link Era} as its key. */
    public static final class EraAdapter implements JsonbAdapter<Era, String> {
        /** Creates the adapter. */
        public EraAdapter() {}

        @Override
        public String adaptToJson(Era value) {
            return value.key();
        }

        @Override
        public Era adaptFromJson(String json) {
            return Era.parse(json);
        }
    }
}
