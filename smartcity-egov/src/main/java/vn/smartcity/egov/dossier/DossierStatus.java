package vn.smartcity.egov.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.smartcity.core.InvalidValueException;

/**
 * The state of a dossier with its {@code TrangThaiHoSo} code as provincial one-stop systems send it
 * to the national public-service portal (Cổng Dịch vụ công quốc gia, DVCQG).
 *
 * <p>Sources. All ten codes and their Vietnamese names are confirmed by two unrelated public code
 * bases: the Thanh Hóa one-stop system (repository {@code HuanVu201/DichVuCong_KhoaLuan_PASETO}:
 * {@code DichVuCongApi/src/Infrastructure/Persistence/Initialization/ApplicationDbSeeder.cs} seeds
 * the list, {@code .../KetNoi/DVC/SyncLocalDataToDVCQG/SyncLocalDataToDVCQGService.cs} sends the
 * same ids as {@code TrangThaiHoSo} to DVCQG), and a DVC synchronisation documentation page of
 * another system that gives the same table as "quy định bởi Cổng DVC Quốc gia". The national
 * portal's own integration document was not found in public sources. The commonly quoted shorter
 * list (3 = supplement requested, 4 = result ready, …) does not match these sources and is not
 * used. The English labels, {@link #isFinal()}, {@link #isPaused()} and the allowed transitions
 * are this SDK's reading of the names and of how those systems move dossiers; they are not
 * published by DVCQG.
 *
 * <p>Reports of the Thanh Hóa system also use code 7 for dossiers returned to the applicant
 * (trả lại) after receipt, and group 5, 6 and 8 as "tạm dừng xử lý" (processing paused).
 */
public enum DossierStatus {
    /** 1, submitted online and not yet accepted by the one-stop desk. */
    NEWLY_REGISTERED(1, "Mới đăng ký", "Newly registered"),
    /** 2, accepted by the one-stop desk; the appointment date (ngày hẹn trả) is set. */
    RECEIVED(2, "Được tiếp nhận", "Received"),
    /** 3, refused by the one-stop desk. Final. */
    NOT_ACCEPTED(3, "Không được tiếp nhận", "Not accepted"),
    /** 4, being processed by the competent department. */
    PROCESSING(4, "Đang xử lý", "Processing"),
    /** 5, the applicant is asked to supplement the documents. Paused. */
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ", "Supplement requested"),
    /** 6, the applicant is asked to pay fees, charges or taxes. Paused. */
    FEES_DUE(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    /** 7, withdrawn at the applicant's request, or returned to the applicant. Final. */
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "Withdrawn"),
    /** 8, processing stopped by the officer. Paused. */
    SUSPENDED(8, "Dừng xử lý", "Processing stopped"),
    /** 9, processing finished; the result waits at the one-stop desk. */
    RESULT_READY(9, "Đã xử lý xong", "Processed, result ready"),
    /** 10, the result has been handed to the applicant. Final. */
    RESULT_RETURNED(10, "Đã trả kết quả", "Result returned");

    private static final String TYPE = "DossierStatus";
    private static final DossierStatus[] BY_CODE = new DossierStatus[11];

    static {
        for (DossierStatus s : values()) {
            BY_CODE[s.code] = s;
        }
    }

    private final int code;
    private final String vietnameseLabel;
    private final String englishLabel;

    DossierStatus(int code, String vietnameseLabel, String englishLabel) {
        this.code = code;
        this.vietnameseLabel = vietnameseLabel;
        this.englishLabel = englishLabel;
    }

    /**
     * The DVCQG {@code TrangThaiHoSo} code.
     *
     * @return 1 to 10
     */
    public int code() {
        return code;
    }

    /**
     * The code as it travels in JSON ({@code "TrangThaiHoSo": "10"}).
     *
     * @return the decimal code, such as {@code "10"}
     */
    public String wireCode() {
        return Integer.toString(code);
    }

    /**
     * The Vietnamese name used by the one-stop systems.
     *
     * @return such as {@code Đã trả kết quả}
     */
    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    /**
     * An English name.
     *
     * @return such as {@code Result returned}
     */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Whether no transition leaves this state: not accepted, withdrawn, result returned.
     *
     * @return {@code true} for {@link #NOT_ACCEPTED}, {@link #WITHDRAWN} and {@link #RESULT_RETURNED}
     */
    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == RESULT_RETURNED;
    }

    /**
     * Whether processing waits on the applicant or is stopped (the clock is paused).
     *
     * @return {@code true} for {@link #SUPPLEMENT_REQUESTED}, {@link #FEES_DUE} and {@link #SUSPENDED}
     */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == FEES_DUE || this == SUSPENDED;
    }

    /**
     * The states a dossier may move to from this one.
     *
     * <table>
     *   <caption>Allowed transitions</caption>
     *   <tr><th>from</th><th>to</th></tr>
     *   <tr><td>1 newly registered</td><td>2, 3, 5, 7</td></tr>
     *   <tr><td>2 received</td><td>4, 5, 6, 7, 8, 9</td></tr>
     *   <tr><td>4 processing</td><td>5, 6, 7, 8, 9</td></tr>
     *   <tr><td>5 supplement requested</td><td>2, 3, 4, 7</td></tr>
     *   <tr><td>6 fees due</td><td>4, 7, 9, 10</td></tr>
     *   <tr><td>8 processing stopped</td><td>4, 7</td></tr>
     *   <tr><td>9 result ready</td><td>6, 10</td></tr>
     *   <tr><td>3, 7, 10</td><td>none</td></tr>
     * </table>
     *
     * @return an unmodifiable set, empty for final states
     */
    public Set<DossierStatus> next() {
        return Transitions.NEXT.get(this);
    }

    /**
     * Whether a dossier may move from this state to {@code target}.
     *
     * @param target the state to move to
     * @return {@code true} if {@link #next()} contains it
     */
    public boolean canMoveTo(DossierStatus target) {
        return next().contains(Objects.requireNonNull(target, "target"));
    }

    /**
     * The state with a DVCQG code.
     *
     * @param code 1 to 10
     * @return the state
     * @throws InvalidValueException if no state has this code
     */
    public static DossierStatus fromCode(int code) {
        if (code < 1 || code >= BY_CODE.length) {
            throw new InvalidValueException(TYPE, -1, "unknown TrangThaiHoSo code " + code + " (expected 1-10)");
        }
        return BY_CODE[code];
    }

    /**
     * The state with a DVCQG code written as text, as in JSON.
     *
     * @param code {@code "1"} to {@code "10"}, no spaces or leading zeros
     * @return the state
     * @throws InvalidValueException if the text is not one of the codes
     */
    public static DossierStatus fromWireCode(String code) {
        Objects.requireNonNull(code, "code");
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(TYPE, i, "expected a digit in TrangThaiHoSo code (1-10)");
            }
        }
        if (code.isEmpty() || code.length() > 2 || code.charAt(0) == '0') {
            throw new InvalidValueException(
                    TYPE, -1, "expected TrangThaiHoSo code 1-10, got " + code.length() + " digits");
        }
        return fromCode(Integer.parseInt(code));
    }

    /** Holder, so the table can refer to every constant. */
    private static final class Transitions {
        static final Map<DossierStatus, Set<DossierStatus>> NEXT = build();

        private Transitions() {}

        private static Map<DossierStatus, Set<DossierStatus>> build() {
            Map<DossierStatus, Set<DossierStatus>> next = new EnumMap<>(DossierStatus.class);
            for (DossierStatus s : values()) {
                next.put(s, Collections.emptySet());
            }
            put(next, NEWLY_REGISTERED, RECEIVED, NOT_ACCEPTED, SUPPLEMENT_REQUESTED, WITHDRAWN);
            put(next, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FEES_DUE, WITHDRAWN, SUSPENDED, RESULT_READY);
            put(next, PROCESSING, SUPPLEMENT_REQUESTED, FEES_DUE, WITHDRAWN, SUSPENDED, RESULT_READY);
            put(next, SUPPLEMENT_REQUESTED, RECEIVED, NOT_ACCEPTED, PROCESSING, WITHDRAWN);
            put(next, FEES_DUE, PROCESSING, WITHDRAWN, RESULT_READY, RESULT_RETURNED);
            put(next, SUSPENDED, PROCESSING, WITHDRAWN);
            put(next, RESULT_READY, FEES_DUE, RESULT_RETURNED);
            return Collections.unmodifiableMap(next);
        }

        private static void put(Map<DossierStatus, Set<DossierStatus>> next, DossierStatus from, DossierStatus... to) {
            EnumSet<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
            Collections.addAll(set, to);
            next.put(from, Collections.unmodifiableSet(set));
        }
    }
}
