package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.http.WireDates;

/**
 * A one-stop-shop dossier as sent to DVCQG by {@code DongBoHoSoMC} (and read back by {@code
 * TraCuuHoSo}). The wire members are those {@code VietOpenCPS/opencps-v2} sends ({@code
 * createSyncDossierBodyRequest}); dates are {@code yyyyMMddHHmmss} in Việt Nam time ({@link
 * WireDates}).
 *
 * <pre>{@code
 * DossierSync dossier = DossierSync.builder(code, procedure, "Đăng ký thành lập hộ kinh doanh")
 *         .applicant(ApplicantType.CITIZEN, "Nguyễn Văn A", "046089012345")
 *         .summary("Đăng ký hộ kinh doanh quán cà phê")
 *         .receivedAt(OffsetDateTime.now()).dueAt(OffsetDateTime.now().plusDays(3))
 *         .status(DossierStatus.RECEIVED)
 *         .build();
 * }</pre>
 *
 * <p>{@link #toString()} shows the codes and state only: the owner's name, identifier, phone and
 * e-mail are personal data.
 *
 * @param code the dossier code, {@code MaHoSo}
 * @param procedureCode the procedure, {@code MaTTHC}
 * @param procedureName the procedure's name, {@code TenTTHC}
 * @param fieldCode the field code, {@code MaLinhVuc}, or {@code null}
 * @param fieldName the field's name, {@code TenLinhVuc}, or {@code null}
 * @param owner the applicant's name, {@code ChuHoSo}
 * @param applicantType citizen or business, {@code LoaiDoiTuong}
 * @param ownerId the applicant's personal identification number or tax code, {@code MaDoiTuong}, or
 *     {@code null}
 * @param phone the applicant's phone, {@code SoDienThoai}, or {@code null}
 * @param email the applicant's e-mail, {@code Email}, or {@code null}
 * @param summary what the dossier asks for, {@code TrichYeuHoSo}, or {@code null}
 * @param receivedAt when the one-stop desk received it, {@code NgayTiepNhan}
 * @param dueAt the appointment date for the result, {@code NgayHenTra}, or {@code null}
 * @param status the dossier's state, {@code TrangThaiHoSo}
 * @param returnedAt when the result was handed over, {@code NgayTra}, or {@code null}
 * @param finishedAt when processing finished, {@code NgayKetThucXuLy}, or {@code null}
 * @param deliveryMethod how the result is returned: {@code "0"} at the desk, {@code "1"} by post
 *     ({@code HinhThuc}, read from how {@code VietOpenCPS/opencps-v2} sets it), or {@code null}
 * @param handlingAgency the name of the body handling it, {@code DonViXuLy}, or {@code null}
 * @param note a note, {@code GhiChu}, or {@code null}
 * @param documents the documents handed in, {@code TaiLieuNop}
 * @param fees the fees and charges, {@code DanhSachLePhi}
 */
@JsonbPropertyOrder({
    "code",
    "procedureCode",
    "procedureName",
    "fieldCode",
    "fieldName",
    "owner",
    "applicantType",
    "ownerId",
    "phone",
    "email",
    "summary",
    "receivedAt",
    "dueAt",
    "status",
    "returnedAt",
    "finishedAt",
    "deliveryMethod",
    "handlingAgency",
    "note",
    "documents",
    "fees"
})
public record DossierSync(
        @JsonbProperty("MaHoSo") DossierCode code,
        @JsonbProperty("MaTTHC") ProcedureCode procedureCode,
        @JsonbProperty("TenTTHC") String procedureName,
        @JsonbProperty("MaLinhVuc") @Nullable String fieldCode,
        @JsonbProperty("TenLinhVuc") @Nullable String fieldName,
        @JsonbProperty("ChuHoSo") String owner,

        @JsonbProperty("LoaiDoiTuong") @JsonbTypeAdapter(ApplicantType.Adapter.class)
        ApplicantType applicantType,

        @JsonbProperty("MaDoiTuong") @Nullable String ownerId,
        @JsonbProperty("SoDienThoai") @Nullable String phone,
        @JsonbProperty("Email") @Nullable String email,
        @JsonbProperty("TrichYeuHoSo") @Nullable String summary,

        @JsonbProperty("NgayTiepNhan") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
        OffsetDateTime receivedAt,

        @JsonbProperty("NgayHenTra") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
        OffsetDateTime dueAt,

        @JsonbProperty("TrangThaiHoSo") DossierStatus status,

        @JsonbProperty("NgayTra") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
        OffsetDateTime returnedAt,

        @JsonbProperty("NgayKetThucXuLy") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
        OffsetDateTime finishedAt,

        @JsonbProperty("HinhThuc") @Nullable String deliveryMethod,
        @JsonbProperty("DonViXuLy") @Nullable String handlingAgency,
        @JsonbProperty("GhiChu") @Nullable String note,
        @JsonbProperty("TaiLieuNop") List<SubmittedDocument> documents,
        @JsonbProperty("DanhSachLePhi") List<Fee> fees) {

    /**
     * Validates the components; absent lists become empty.
     *
     * @param code the {@code code} component
     * @param procedureCode the {@code procedureCode} component
     * @param procedureName the {@code procedureName} component
     * @param fieldCode the {@code fieldCode} component
     * @param fieldName the {@code fieldName} component
     * @param owner the {@code owner} component
     * @param applicantType the {@code applicantType} component
     * @param ownerId the {@code ownerId} component
     * @param phone the {@code phone} component
     * @param email the {@code email} component
     * @param summary the {@code summary} component
     * @param receivedAt the {@code receivedAt} component
     * @param dueAt the {@code dueAt} component
     * @param status the {@code status} component
     * @param returnedAt the {@code returnedAt} component
     * @param finishedAt the {@code finishedAt} component
     * @param deliveryMethod the {@code deliveryMethod} component
     * @param handlingAgency the {@code handlingAgency} component
     * @param note the {@code note} component
     * @param documents the {@code documents} component
     * @param fees the {@code fees} component
     * @throws NullPointerException naming the wire member of a missing required value
     */
    public DossierSync {
        Objects.requireNonNull(code, "MaHoSo");
        Objects.requireNonNull(procedureCode, "MaTTHC");
        Objects.requireNonNull(procedureName, "TenTTHC");
        Objects.requireNonNull(owner, "ChuHoSo");
        Objects.requireNonNull(applicantType, "LoaiDoiTuong");
        Objects.requireNonNull(receivedAt, "NgayTiepNhan");
        Objects.requireNonNull(status, "TrangThaiHoSo");
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /**
     * Starts a dossier with its codes; the builder requires the applicant, the receipt time and the
     * state before {@link Builder#build()}.
     *
     * @param code the dossier code
     * @param procedureCode the procedure
     * @param procedureName the procedure's name
     * @return a builder
     */
    public static Builder builder(DossierCode code, ProcedureCode procedureCode, String procedureName) {
        return new Builder(code, procedureCode, procedureName);
    }

    /**
     * A builder holding this dossier, to change a few members (its state, say).
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(code, procedureCode, procedureName);
        b.fieldCode = fieldCode;
        b.fieldName = fieldName;
        b.owner = owner;
        b.applicantType = applicantType;
        b.ownerId = ownerId;
        b.phone = phone;
        b.email = email;
        b.summary = summary;
        b.receivedAt = receivedAt;
        b.dueAt = dueAt;
        b.status = status;
        b.returnedAt = returnedAt;
        b.finishedAt = finishedAt;
        b.deliveryMethod = deliveryMethod;
        b.handlingAgency = handlingAgency;
        b.note = note;
        b.documents.addAll(documents);
        b.fees.addAll(fees);
        return b;
    }

    /**
     * Shows the codes, the state and the dates; never the applicant's personal data.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "DossierSync[" + code + ", " + procedureCode + ", " + status + ", received " + receivedAt
                + ", owner=****]";
    }

    /** Builds a {@link DossierSync}. */
    public static final class Builder {
        private final DossierCode code;
        private final ProcedureCode procedureCode;
        private final String procedureName;
        private @Nullable String fieldCode;
        private @Nullable String fieldName;
        private @Nullable String owner;
        private @Nullable ApplicantType applicantType;
        private @Nullable String ownerId;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable String summary;
        private @Nullable OffsetDateTime receivedAt;
        private @Nullable OffsetDateTime dueAt;
        private @Nullable DossierStatus status;
        private @Nullable OffsetDateTime returnedAt;
        private @Nullable OffsetDateTime finishedAt;
        private @Nullable String deliveryMethod;
        private @Nullable String handlingAgency;
        private @Nullable String note;
        private final List<SubmittedDocument> documents = new ArrayList<>();
        private final List<Fee> fees = new ArrayList<>();

        private Builder(DossierCode code, ProcedureCode procedureCode, String procedureName) {
            this.code = Objects.requireNonNull(code, "code");
            this.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
            this.procedureName = Objects.requireNonNull(procedureName, "procedureName");
        }

        /**
         * The field.
         *
         * @param code {@code MaLinhVuc}
         * @param name {@code TenLinhVuc}
         * @return this builder
         */
        public Builder field(String code, String name) {
            this.fieldCode = code;
            this.fieldName = name;
            return this;
        }

        /**
         * The applicant.
         *
         * @param type citizen or business
         * @param name the citizen's or business's name
         * @param id the personal identification number or tax code, or {@code null}
         * @return this builder
         */
        public Builder applicant(ApplicantType type, String name, @Nullable String id) {
            this.applicantType = Objects.requireNonNull(type, "type");
            this.owner = Objects.requireNonNull(name, "name");
            this.ownerId = id;
            return this;
        }

        /**
         * A citizen applicant identified by the chip card number.
         *
         * @param name the citizen's name
         * @param id the personal identification number
         * @return this builder
         */
        public Builder citizen(String name, PersonalIdNumber id) {
            return applicant(ApplicantType.CITIZEN, name, id.value());
        }

        /**
         * The applicant's contacts.
         *
         * @param phone the phone, or {@code null}
         * @param email the e-mail, or {@code null}
         * @return this builder
         */
        public Builder contact(@Nullable String phone, @Nullable String email) {
            this.phone = phone;
            this.email = email;
            return this;
        }

        /**
         * What the dossier asks for.
         *
         * @param summary {@code TrichYeuHoSo}
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * When the desk received it.
         *
         * @param receivedAt {@code NgayTiepNhan}
         * @return this builder
         */
        public Builder receivedAt(OffsetDateTime receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * The appointment date.
         *
         * @param dueAt {@code NgayHenTra}
         * @return this builder
         */
        public Builder dueAt(@Nullable OffsetDateTime dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        /**
         * The state.
         *
         * @param status {@code TrangThaiHoSo}
         * @return this builder
         */
        public Builder status(DossierStatus status) {
            this.status = status;
            return this;
        }

        /**
         * When the result was handed over.
         *
         * @param returnedAt {@code NgayTra}
         * @return this builder
         */
        public Builder returnedAt(@Nullable OffsetDateTime returnedAt) {
            this.returnedAt = returnedAt;
            return this;
        }

        /**
         * When processing finished.
         *
         * @param finishedAt {@code NgayKetThucXuLy}
         * @return this builder
         */
        public Builder finishedAt(@Nullable OffsetDateTime finishedAt) {
            this.finishedAt = finishedAt;
            return this;
        }

        /**
         * How the result is returned.
         *
         * @param byPost {@code true} for {@code HinhThuc} {@code "1"} (by post), {@code false} for
         *     {@code "0"} (at the desk)
         * @return this builder
         */
        public Builder resultByPost(boolean byPost) {
            this.deliveryMethod = byPost ? "1" : "0";
            return this;
        }

        /**
         * The body handling it.
         *
         * @param name {@code DonViXuLy}
         * @return this builder
         */
        public Builder handlingAgency(String name) {
            this.handlingAgency = name;
            return this;
        }

        /**
         * A note.
         *
         * @param note {@code GhiChu}
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Adds a document handed in.
         *
         * @param document an item of {@code TaiLieuNop}
         * @return this builder
         */
        public Builder document(SubmittedDocument document) {
            this.documents.add(Objects.requireNonNull(document, "document"));
            return this;
        }

        /**
         * Adds a fee.
         *
         * @param fee an item of {@code DanhSachLePhi}
         * @return this builder
         */
        public Builder fee(Fee fee) {
            this.fees.add(Objects.requireNonNull(fee, "fee"));
            return this;
        }

        /**
         * Builds the dossier.
         *
         * @return the dossier
         * @throws IllegalStateException if the applicant, the receipt time or the state is missing
         */
        public DossierSync build() {
            if (owner == null || applicantType == null) {
                throw new IllegalStateException("dossier " + code + ": no applicant (ChuHoSo, LoaiDoiTuong)");
            }
            if (receivedAt == null) {
                throw new IllegalStateException("dossier " + code + ": no receipt time (NgayTiepNhan)");
            }
            if (status == null) {
                throw new IllegalStateException("dossier " + code + ": no state (TrangThaiHoSo)");
            }
            return new DossierSync(
                    code,
                    procedureCode,
                    procedureName,
                    fieldCode,
                    fieldName,
                    owner,
                    applicantType,
                    ownerId,
                    phone,
                    email,
                    summary,
                    receivedAt,
                    dueAt,
                    status,
                    returnedAt,
                    finishedAt,
                    deliveryMethod,
                    handlingAgency,
                    note,
                    documents,
                    fees);
        }
    }
}
