package vn.smartcity.testkit.chip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.lds.Dg1;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.mrz.BacKeySeed;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.core.id.Gender;
import vn.smartcity.testkit.SampleCitizen;
import vn.smartcity.testkit.chip.internal.LdsWriter;

/**
 * What a simulated CCCD chip holds: its files (EF.CardAccess in the master file; EF.COM, DG1, DG2,
 * DG13, DG14, DG15 and EF.SOD in the eMRTD application), the passwords that open it (the MRZ
 * information for BAC and PACE, the CAN for PACE) and the PACE protocols it offers. Immutable.
 *
 * <p>{@link #sampleCitizen()} is the chip of {@link SampleCitizen}, so chip, MRZ and QR agree:
 *
 * <ul>
 *   <li>DG1: the TD1 MRZ of {@link SampleCitizen#MRZ}; BAC and PACE-MRZ use its document number,
 *       birth and expiry dates;
 *   <li>DG2: one JPEG face, a neutral drawing of no one (180×240 pixels, 4.4 kB, committed as a
 *       resource so the bytes and the EF.SOD hash never change between JDKs);
 *   <li>DG13: the Vietnamese fields as the card module's {@code Dg13} reads them: number, name, date
 *       of birth, gender, address and date of issue taken from {@link SampleCitizen#QR}, expiry from
 *       the MRZ, the other fields made up;
 *   <li>DG14: the PACEInfos and an ActiveAuthenticationInfo (ECDSA, plain signatures, SHA-256);
 *   <li>DG15: the Active Authentication public key (ECDSA, brainpoolP256r1);
 *   <li>EF.SOD: SHA-256 hashes of DG1, DG2, DG13, DG14 and DG15 signed by {@link
 *       TestPki#standard()};
 *   <li>EF.CardAccess: one PACEInfo, {@link PaceOption#DEFAULT};
 *   <li>CAN: {@code 012345}, the last six digits of the number.
 * </ul>
 *
 * <p>{@link #builder()} starts from the same content and changes parts of it; the EF.SOD is signed
 * again over the data groups as built unless it is replaced too.
 */
public final class ChipContent {

    /** The CAN of the sample citizen's card: the last six digits of 001195012345. */
    public static final String SAMPLE_CAN = "012345";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long ACTIVE_AUTHENTICATION_SEED = 20_210_701L;

    private final Map<LdsFileId, byte[]> files;
    private final BacKeySeed bacKeySeed;
    private final String can;
    private final List<PaceOption> paceOptions;
    private final KeyPair activeAuthenticationKeys;
    private final TestPki pki;

    /** The sample citizen's content, built on first use. */
    private static final class Sample {
        static final ChipContent CONTENT = builder().build();
    }

    private ChipContent(Builder builder, Map<LdsFileId, byte[]> files, BacKeySeed bacKeySeed) {
        this.files = Collections.unmodifiableMap(files);
        this.bacKeySeed = bacKeySeed;
        this.can = builder.can;
        this.paceOptions = List.copyOf(builder.paceOptions);
        this.activeAuthenticationKeys = builder.activeAuthenticationKeys;
        this.pki = builder.pki;
    }

    /**
     * The chip of {@link SampleCitizen}, signed by {@link TestPki#standard()}; built once.
     *
     * @return the content
     */
    public static ChipContent sampleCitizen() {
        return Sample.CONTENT;
    }

    /**
     * A builder holding the sample citizen's content, to change parts of it.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A file's bytes.
     *
     * @param id the file
     * @return a copy of its bytes, or empty if the chip does not have it
     */
    public Optional<byte[]> file(LdsFileId id) {
        byte[] bytes = files.get(id);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /**
     * The files the chip has.
     *
     * @return their identifiers, in {@link LdsFileId} order
     */
    public List<LdsFileId> fileIds() {
        return List.copyOf(files.keySet());
    }

    /**
     * The data groups, for passive authentication.
     *
     * @return data-group number to a copy of the file's bytes
     */
    public Map<Integer, byte[]> dataGroups() {
        Map<Integer, byte[]> groups = new TreeMap<>();
        for (Map.Entry<LdsFileId, byte[]> file : files.entrySet()) {
            file.getKey()
                    .dataGroupNumber()
                    .ifPresent(n -> groups.put(n, file.getValue().clone()));
        }
        return groups;
    }

    /**
     * EF.SOD.
     *
     * @return a copy of its bytes
     */
    public byte[] sod() {
        return files.get(LdsFileId.SOD).clone();
    }

    /**
     * The BAC key seed input: document number, date of birth, date of expiry with check digits.
     *
     * @return the MRZ information
     */
    public BacKeySeed bacKeySeed() {
        return bacKeySeed;
    }

    /**
     * The card access number, printed on the card's front.
     *
     * @return the CAN, such as {@code 012345}
     */
    public String can() {
        return can;
    }

    /**
     * The PACE protocols offered, as listed in EF.CardAccess.
     *
     * @return the options; empty for a chip without PACE
     */
    public List<PaceOption> paceOptions() {
        return paceOptions;
    }

    /**
     * The PKI that signed EF.SOD.
     *
     * @return the PKI
     */
    public TestPki pki() {
        return pki;
    }

    /**
     * A trust store with the CSCA of {@link #pki()}.
     *
     * @return the trust store for passive authentication
     */
    public TrustStore trustStore() {
        return pki.trustStore();
    }

    PrivateKey activeAuthenticationKey() {
        return activeAuthenticationKeys.getPrivate();
    }

    byte[] fileBytes(LdsFileId id) {
        byte[] bytes = files.get(id);
        return bytes == null ? new byte[0] : bytes;
    }

    boolean has(LdsFileId id) {
        return files.containsKey(id);
    }

    /** The files and PACE options; never passwords or personal data. */
    @Override
    public String toString() {
        return "ChipContent[files=" + files.keySet() + ", pace=" + paceOptions + "]";
    }

    /** Builds a {@link ChipContent}, starting from the sample citizen's. */
    public static final class Builder {

        private TestPki pki = TestPki.standard();
        private List<PaceOption> paceOptions = List.of(PaceOption.DEFAULT);
        private String can = SAMPLE_CAN;
        private @Nullable BacKeySeed bacKeySeed;
        private final Map<LdsFileId, byte[]> replaced = new EnumMap<>(LdsFileId.class);
        private final List<LdsFileId> removed = new ArrayList<>();
        private final KeyPair activeAuthenticationKeys = TestPki.keys(ACTIVE_AUTHENTICATION_SEED);

        private Builder() {}

        /**
         * The PKI that signs EF.SOD.
         *
         * @param pki the PKI
         * @return this builder
         */
        public Builder pki(TestPki pki) {
            this.pki = Objects.requireNonNull(pki, "pki");
            return this;
        }

        /**
         * The PACE protocols offered, in EF.CardAccess and DG14. With none, the chip has no
         * EF.CardAccess and knows BAC only.
         *
         * @param options the options, first preferred
         * @return this builder
         */
        public Builder pace(PaceOption... options) {
            return pace(List.of(options));
        }

        /**
         * The PACE protocols offered.
         *
         * @param options the options; empty for BAC only
         * @return this builder
         */
        public Builder pace(List<PaceOption> options) {
            this.paceOptions = List.copyOf(options);
            return this;
        }

        /**
         * The card access number.
         *
         * @param can digits, one to twelve of them (the CCCD prints six)
         * @return this builder
         * @throws IllegalArgumentException if it is not digits
         */
        public Builder can(String can) {
            Objects.requireNonNull(can, "can");
            if (!can.matches("[0-9]{1,12}")) {
                throw new IllegalArgumentException("a CAN is 1 to 12 digits, got " + can.length() + " characters");
            }
            this.can = can;
            return this;
        }

        /**
         * The BAC key seed input, when it should differ from DG1's MRZ (to replay the ICAO worked
         * example, say).
         *
         * @param seed the MRZ information
         * @return this builder
         */
        public Builder bacKeySeed(BacKeySeed seed) {
            this.bacKeySeed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * Replaces a file with the given bytes, as they are (they are not parsed). A replaced data
         * group is hashed into the EF.SOD built; a replaced EF.COM or EF.SOD is used as it is.
         *
         * @param id the file
         * @param bytes its new content; copied
         * @return this builder
         */
        public Builder file(LdsFileId id, byte[] bytes) {
            Objects.requireNonNull(id, "id");
            replaced.put(id, bytes.clone());
            removed.remove(id);
            return this;
        }

        /**
         * Leaves a file out (it then answers {@code 6A82}, file not found).
         *
         * @param id the file
         * @return this builder
         */
        public Builder remove(LdsFileId id) {
            Objects.requireNonNull(id, "id");
            replaced.remove(id);
            if (!removed.contains(id)) {
                removed.add(id);
            }
            return this;
        }

        /**
         * Builds the content: the files, EF.COM listing the data groups present, EF.SOD signed over
         * them.
         *
         * @return the content
         * @throws IllegalArgumentException if no BAC key seed was given and DG1 holds no MRZ it can be
         *     read from
         */
        public ChipContent build() {
            Map<LdsFileId, byte[]> files = new EnumMap<>(LdsFileId.class);
            if (!paceOptions.isEmpty()) {
                files.put(LdsFileId.CARD_ACCESS, LdsWriter.securityInfos(paceInfos()));
            }
            files.put(LdsFileId.DG1, LdsWriter.dg1(SampleCitizen.MRZ.replace("\n", "")));
            files.put(LdsFileId.DG2, LdsWriter.dg2(face(), 180, 240));
            files.put(LdsFileId.DG13, sampleDg13());
            List<ASN1Encodable> dg14 = new ArrayList<>(paceInfos());
            dg14.add(LdsWriter.activeAuthenticationInfo());
            files.put(LdsFileId.DG14, LdsWriter.dg14(dg14));
            files.put(LdsFileId.DG15, LdsWriter.dg15(activeAuthenticationKeys.getPublic()));
            files.putAll(replaced);
            for (LdsFileId id : removed) {
                files.remove(id);
            }
            Map<Integer, byte[]> groups = new LinkedHashMap<>();
            List<LdsFileId> present = new ArrayList<>();
            for (Map.Entry<LdsFileId, byte[]> file : files.entrySet()) {
                Optional<Integer> number = file.getKey().dataGroupNumber();
                if (number.isPresent()) {
                    groups.put(number.get(), file.getValue());
                    present.add(file.getKey());
                }
            }
            if (!replaced.containsKey(LdsFileId.COM) && !removed.contains(LdsFileId.COM)) {
                files.put(LdsFileId.COM, LdsWriter.efCom(present));
            }
            if (!replaced.containsKey(LdsFileId.SOD) && !removed.contains(LdsFileId.SOD)) {
                files.put(LdsFileId.SOD, pki.signSod(groups));
            }
            return new ChipContent(this, files, seed(files.get(LdsFileId.DG1)));
        }

        private BacKeySeed seed(byte @Nullable [] dg1) {
            if (bacKeySeed != null) {
                return bacKeySeed;
            }
            if (dg1 == null) {
                throw new IllegalArgumentException("no DG1 to read the BAC key seed from; set bacKeySeed(...)");
            }
            try {
                return Dg1.parse(dg1).mrz().bacKeySeed();
            } catch (CardDataException e) {
                throw new IllegalArgumentException(
                        "DG1 holds no MRZ to read the BAC key seed from; set bacKeySeed(...)", e);
            }
        }

        private List<ASN1Encodable> paceInfos() {
            List<ASN1Encodable> infos = new ArrayList<>();
            for (PaceOption option : paceOptions) {
                infos.add(LdsWriter.paceInfo(
                        option.protocol().oid(), option.parameters().id()));
            }
            return infos;
        }
    }

    /** DG13 of the sample citizen: what the QR and the MRZ say, the rest made up. */
    private static byte[] sampleDg13() {
        CccdQr qr = CccdQr.parse(SampleCitizen.QR);
        Mrz mrz = Mrz.parse(SampleCitizen.MRZ);
        List<ASN1Encodable> fields = new ArrayList<>();
        fields.add(LdsWriter.field(1, qr.idNumber().value()));
        fields.add(LdsWriter.field(2, qr.fullName()));
        fields.add(LdsWriter.field(3, qr.dateOfBirth().format(DATE)));
        fields.add(LdsWriter.field(4, qr.gender() == Gender.MALE ? "Nam" : "Nữ"));
        fields.add(LdsWriter.field(5, "Việt Nam"));
        fields.add(LdsWriter.field(6, "Kinh"));
        fields.add(LdsWriter.field(7, "Không"));
        fields.add(LdsWriter.field(8, "Phường Hoàn Kiếm, Hà Nội"));
        fields.add(LdsWriter.field(9, qr.address()));
        fields.add(LdsWriter.field(10, "Nốt ruồi cách 1cm trên đuôi lông mày phải"));
        fields.add(LdsWriter.field(11, qr.issueDate().format(DATE)));
        LocalDate expiry = mrz.dateOfExpiry();
        fields.add(LdsWriter.field(12, expiry.format(DATE)));
        fields.add(LdsWriter.nestedField(13, "Nguyễn Văn Bình", "Trần Thị Cúc"));
        fields.add(LdsWriter.nestedField(14));
        return LdsWriter.dg13(fields);
    }

    private static byte[] face() {
        try (InputStream in = ChipContent.class.getResourceAsStream("face.jpg")) {
            if (in == null) {
                throw new IllegalStateException("the resource face.jpg is missing from the test kit");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test kit's face.jpg", e);
        }
    }
}
