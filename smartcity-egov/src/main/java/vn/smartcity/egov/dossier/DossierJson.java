package vn.smartcity.egov.dossier;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import vn.smartcity.core.json.SmartCityJson;

/**
 * JSON-B adapters for the dossier types, on top of {@link SmartCityJson}: codes as their text and
 * states as the DVCQG {@code TrangThaiHoSo} code, as the portal's JSON carries them.
 *
 * <table>
 *   <caption>JSON forms</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@link DossierCode}</td><td>{@code "000.00.14.H20-200703-0002"} ({@code MaHoSo})</td></tr>
 *   <tr><td>{@link ProcedureCode}</td><td>{@code "1.001612.000.00.00.H48"} ({@code MaTTHC})</td></tr>
 *   <tr><td>{@link DossierStatus}</td><td>{@code "10"} ({@code TrangThaiHoSo})</td></tr>
 * </table>
 *
 * <p>Reading malformed values fails with a {@link jakarta.json.bind.JsonbException} whose cause is
 * the {@link vn.smartcity.core.InvalidValueException} saying what and where.
 */
public final class DossierJson {

    private DossierJson() {}

    /**
     * {@link SmartCityJson#config()} with the dossier adapters added.
     *
     * @return a new configuration
     */
    public static JsonbConfig config() {
        return SmartCityJson.config()
                .withAdapters(new DossierCodeAdapter(), new ProcedureCodeAdapter(), new DossierStatusAdapter());
    }

    /**
     * A JSON-B instance with {@link #config()}; thread-safe and costly to create: keep one.
     *
     * @return a new instance
     */
    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }

    /** {@link DossierCode} as its canonical text. */
    public static final class DossierCodeAdapter implements JsonbAdapter<DossierCode, String> {
        /** Creates the adapter. */
        public DossierCodeAdapter() {}

        @Override
        public String adaptToJson(DossierCode value) {
            return value.toString();
        }

        @Override
        public DossierCode adaptFromJson(String json) {
            return DossierCode.parse(json);
        }
    }

    /** {@link ProcedureCode} as its text. */
    public static final class ProcedureCodeAdapter implements JsonbAdapter<ProcedureCode, String> {
        /** Creates the adapter. */
        public ProcedureCodeAdapter() {}

        @Override
        public String adaptToJson(ProcedureCode value) {
            return value.value();
        }

        @Override
        public ProcedureCode adaptFromJson(String json) {
            return ProcedureCode.parse(json);
        }
    }

    /** {@link DossierStatus} as the DVCQG code in a string, {@code "1"} to {@code "10"}. */
    public static final class DossierStatusAdapter implements JsonbAdapter<DossierStatus, String> {
        /** Creates the adapter. */
        public DossierStatusAdapter() {}

        @Override
        public String adaptToJson(DossierStatus value) {
            return value.wireCode();
        }

        @Override
        public DossierStatus adaptFromJson(String json) {
            return DossierStatus.fromWireCode(json);
        }
    }
}
