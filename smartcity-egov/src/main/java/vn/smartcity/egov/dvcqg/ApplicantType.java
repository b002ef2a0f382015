package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.adapter.JsonbAdapter;
import vn.smartcity.core.InvalidValueException;

/**
 * Who a dossier is for, DVCQG's {@code LoaiDoiTuong}: {@code "1"} a citizen, {@code "2"} a
 * business or organisation (as {@code VietOpenCPS/opencps-v2} sends it).
 */
public enum ApplicantType {
    /** {@code "1"}: a citizen (công dân). */
    CITIZEN("1"),
    /** {@code "2"}: a business or organisation (doanh nghiệp, tổ chức). */
    BUSINESS("2");

    private final String wireCode;

    ApplicantType(String wireCode) {
        this.wireCode = wireCode;
    }

    /**
     * The code on the wire.
     *
     * @return {@code "1"} or {@code "2"}
     */
    public String wireCode() {
        return wireCode;
    }

    /**
     * Reads the code on the wire.
     *
     * @param code {@code "1"} or {@code "2"}
     * @return the type
     * @throws InvalidValueException for any other code
     */
    public static ApplicantType fromWireCode(String code) {
        if ("1".equals(code)) {
            return CITIZEN;
        }
        if ("2".equals(code)) {
            return BUSINESS;
        }
        throw new InvalidValueException("LoaiDoiTuong", -1, "expected \"1\" (citizen) or \"2\" (business)");
    }

    /** JSON-B adapter between the type and its wire code. */
    public static final class Adapter implements JsonbAdapter<ApplicantType, String> {

        /** Creates the adapter. */
        public Adapter() {}

        @Override
        public String adaptToJson(ApplicantType value) {
            return value.wireCode();
        }

        @Override
        public ApplicantType adaptFromJson(String json) {
            return fromWireCode(json);
        }
    }
}
