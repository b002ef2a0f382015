package vn.smartcity.card.lds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * DG13 of the Vietnamese chip citizen identity card (CCCD): the card's personal data, in a layout
 * Vietnam defines rather than ICAO.
 *
 * <p>Layout, as open-source readers decode it (no public specification was found): tag {@code 6D}
 * holding one SEQUENCE of a version INTEGER, an OBJECT IDENTIFIER (readers report {@code
 * 1.0.10646.1.0.8}, the ISO/IEC 10646 UTF-8 form) and a SET of fields, each {@code SEQUENCE {
 * INTEGER fieldNumber, value }}. Fields are found by number, never by position, and any may be
 * absent. Values are UTF8String or PrintableString (other ASN.1 string types are read too); the
 * parents field holds a nested SEQUENCE of the father's and the mother's names, the spouse field a
 * nested SEQUENCE that may be empty.
 *
 * <table>
 *   <caption>Field numbers</caption>
 *   <tr><th>1</th><td>personal identification number (12 digits)</td></tr>
 *   <tr><th>2</th><td>full name</td></tr>
 *   <tr><th>3</th><td>date of birth, {@code dd/MM/yyyy}</td></tr>
 *   <tr><th>4</th><td>gender, {@code Nam} or {@code Nữ}</td></tr>
 *   <tr><th>5</th><td>nationality</td></tr>
 *   <tr><th>6</th><td>ethnicity</td></tr>
 *   <tr><th>7</th><td>religion</td></tr>
 *   <tr><th>8</th><td>place of origin (quê quán)</td></tr>
 *   <tr><th>9</th><td>place of residence (nơi thường trú)</td></tr>
 *   <tr><th>10</th><td>identifying features</td></tr>
 *   <tr><th>11</th><td>date of issue</td></tr>
 *   <tr><th>12</th><td>date of expiry, or {@code Không thời hạn} (no expiry)</td></tr>
 *   <tr><th>13</th><td>parents: father's name, mother's name</td></tr>
 *   <tr><th>14</th><td>spouse's name</td></tr>
 *   <tr><th>15</th><td>old ID number (9-digit CMND)</td></tr>
 *   <tr><th>16+</th><td>kept raw through {@link #field(int)}</td></tr>
 * </table>
 *
 * <p>Sources, read through public code: NghiaLio/NFC_CCCD_Reader ({@code
 * lib/src/data/parser/nfc_dg13_parser.dart}, said there to be decoded from real card bytes: the
 * layout, the OID, fields by number, 13 and 14 nested, 15 "another document number", 16 a
 * 16-character value of unconfirmed meaning) and nguyenddat/ript-virtual-recep ({@code
 * server/app/services/ExtractCCCD.py}: fields 1 to 13 as {@code 30 LL 02 01 nn}, values read as
 * UTF-8). Another reader's profile maps the old ID number to field 16; this class reads it from 15
 * and keeps 16 raw. Dates are read as {@code dd/MM/yyyy} (also with {@code -} or {@code .}, or as
 * {@code ddMMyyyy}).
 *
 * <p>Texts that do not read as a date, a gender or a valid ID number give an empty typed value;
 * the text itself stays available. {@link #toString()} shows only field numbers and the masked ID
 * number.
 */
public final class Dg13 implements LdsFile {

    /** Field number of the personal identification number. */
    public static final int ID_NUMBER = 1;
    /** Field number of the full name. */
    public static final int FULL_NAME = 2;
    /** Field number of the date of birth. */
    public static final int DATE_OF_BIRTH = 3;
    /** Field number of the gender. */
    public static final int GENDER = 4;
    /** Field number of the nationality. */
    public static final int NATIONALITY = 5;
    /** Field number of the ethnicity. */
    public static final int ETHNICITY = 6;
    /** Field number of the religion. */
    public static final int RELIGION = 7;
    /** Field number of the place of origin (quê quán). */
    public static final int PLACE_OF_ORIGIN = 8;
    /** Field number of the place of residence (nơi thường trú). */
    public static final int PLACE_OF_RESIDENCE = 9;
    /** Field number of the identifying features. */
    public static final int IDENTIFYING_FEATURES = 10;
    /** Field number of the date of issue. */
    public static final int DATE_OF_ISSUE = 11;
    /** Field number of the date of expiry. */
    public static final int DATE_OF_EXPIRY = 12;
    /** Field number of the parents' names. */
    public static final int PARENTS = 13;
    /** Field number of the spouse's name. */
    public static final int SPOUSE = 14;
    /** Field number of the old ID number. */
    public static final int OLD_ID_NUMBER = 15;

    private static final String WHAT = "DG13";
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

    private final byte[] raw;
    private final OptionalInt version;
    private final Optional<String> oid;
    private final Map<Integer, Dg13Field> fields;

    private Dg13(byte[] raw, OptionalInt version, Optional<String> oid, Map<Integer, Dg13Field> fields) {
        this.raw = raw;
        this.version = version;
        this.oid = oid;
        this.fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /**
     * Parses DG13.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if the structure is malformed, a field number repeats, or a
     *     UTF8String (or BMPString, UniversalString) is not valid in its encoding
     */
    public static Dg13 parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.DG13.tag(), WHAT);
        List<Tlv> top = root.children();
        if (top.size() != 1) {
            throw root.error("expected one SEQUENCE inside tag 6D, found " + top.size() + " elements");
        }
        Tlv content = top.get(0);
        Asn1.expect(content, Asn1.SEQUENCE, "DG13 content SEQUENCE");
        OptionalInt version = OptionalInt.empty();
        Optional<String> oid = Optional.empty();
        @Nullable Tlv set = null;
        for (Tlv element : content.children()) {
            if (element.tag() == Asn1.INTEGER && version.isEmpty() && set == null) {
                version = OptionalInt.of(Asn1.smallInteger(element, "DG13 version"));
            } else if (element.tag() == Asn1.OBJECT_IDENTIFIER && oid.isEmpty() && set == null) {
                oid = Optional.of(Asn1.oid(element, "DG13 object identifier"));
            } else if (element.tag() == Asn1.SET && set == null) {
                set = element;
            } else {
                throw element.error("unexpected tag " + element.tagHex()
                        + " in the DG13 SEQUENCE, expected version, OID, then one SET of fields");
            }
        }
        if (set == null) {
            throw content.error("expected the SET of fields (tag 31) inside the DG13 SEQUENCE");
        }
        Map<Integer, Dg13Field> fields = new TreeMap<>();
        TlvReader reader = set.childReader();
        while (reader.hasNext()) {
            Dg13Field field = field(raw, reader.next());
            if (fields.put(field.number(), field) != null) {
                throw new CardDataException(WHAT, field.offset(), "DG13 field " + field.number() + " appears twice");
            }
        }
        return new Dg13(raw, version, oid, fields);
    }

    private static Dg13Field field(byte[] raw, Tlv sequence) {
        Asn1.expect(sequence, Asn1.SEQUENCE, "DG13 field SEQUENCE");
        TlvReader parts = sequence.childReader();
        if (!parts.hasNext()) {
            throw sequence.error("DG13 field is empty, expected a field number (INTEGER)");
        }
        int number = Asn1.smallInteger(parts.next(), "DG13 field number");
        int valueOffset = parts.position();
        List<String> texts = new ArrayList<>();
        while (parts.hasNext()) {
            collectTexts(parts.next(), texts);
        }
        return new Dg13Field(number, raw, sequence.offset(), valueOffset, sequence.end(), texts);
    }

    /** Adds the text of string values, descending into SEQUENCEs and SETs. */
    private static void collectTexts(Tlv value, List<String> texts) {
        if (value.tag() == Asn1.SEQUENCE || value.tag() == Asn1.SET) {
            TlvReader reader = value.childReader();
            while (reader.hasNext()) {
                collectTexts(reader.next(), texts);
            }
            return;
        }
        switch (value.tag()) {
            case 0x0C: // UTF8String
                texts.add(value.valueAsString(StandardCharsets.UTF_8));
                break;
            case 0x12: // NumericString
            case 0x13: // PrintableString
            case 0x14: // TeletexString
            case 0x16: // IA5String
            case 0x1A: // VisibleString
                texts.add(lenient(value));
                break;
            case 0x1E: // BMPString
                texts.add(value.valueAsString(StandardCharsets.UTF_16BE));
                break;
            case 0x1C: // UniversalString
                texts.add(value.valueAsString(Charset.forName("UTF-32BE")));
                break;
            case Asn1.OCTET_STRING:
                utf8(value).ifPresent(texts::add);
                break;
            default:
                break;
        }
    }

    /**
     * A string type with a narrow repertoire: ASCII if it is, else UTF-8 if the bytes are (encoders
     * mislabel Vietnamese text), else ISO 8859-1.
     */
    private static String lenient(Tlv value) {
        boolean ascii = true;
        for (int i = 0; i < value.valueLength() && ascii; i++) {
            ascii = value.valueByte(i) < 0x80;
        }
        if (ascii) {
            return value.valueAsString(StandardCharsets.US_ASCII);
        }
        return utf8(value).orElseGet(() -> value.valueAsString(StandardCharsets.ISO_8859_1));
    }

    private static Optional<String> utf8(Tlv value) {
        try {
            return Optional.of(value.valueAsString(StandardCharsets.UTF_8));
        } catch (CardDataException e) {
            return Optional.empty();
        }
    }

    /**
     * The version INTEGER.
     *
     * @return the version, or empty if the card has none
     */
    public OptionalInt version() {
        return version;
    }

    /**
     * The OBJECT IDENTIFIER before the fields.
     *
     * @return the dotted OID, or empty if the card has none
     */
    public Optional<String> objectIdentifier() {
        return oid;
    }

    /**
     * All fields by number, unknown numbers included.
     *
     * @return an unmodifiable map iterated in field-number order
     */
    public Map<Integer, Dg13Field> fields() {
        return fields;
    }

    /**
     * One field, raw.
     *
     * @param number the field number
     * @return the field, or empty if the card does not have it
     */
    public Optional<Dg13Field> field(int number) {
        return Optional.ofNullable(fields.get(number));
    }

    private Optional<String> text(int number) {
        return texts(number).stream().findFirst().filter(t -> !t.isEmpty());
    }

    private Optional<String> text(int number, int index) {
        List<String> texts = texts(number);
        return index < texts.size() ? Optional.of(texts.get(index)).filter(t -> !t.isEmpty()) : Optional.empty();
    }

    private List<String> texts(int number) {
        Dg13Field field = fields.get(number);
        if (field == null) {
            return List.of();
        }
        List<String> stripped = new ArrayList<>();
        for (String t : field.texts()) {
            stripped.add(t.strip());
        }
        return stripped;
    }

    /**
     * The personal identification number as written (field 1).
     *
     * @return the text, or empty
     */
    public Optional<String> idNumberText() {
        return text(ID_NUMBER);
    }

    /**
     * The personal identification number (field 1).
     *
     * @return the number, or empty if absent or not a valid 12-digit number
     */
    public Optional<PersonalIdNumber> idNumber() {
        return idNumberText().filter(PersonalIdNumber::isValid).map(PersonalIdNumber::parse);
    }

    /**
     * The full name (field 2).
     *
     * @return the name, or empty
     */
    public Optional<String> fullName() {
        return text(FULL_NAME);
    }

    /**
     * The date of birth as written (field 3).
     *
     * @return such as {@code 01/02/1989}, or empty
     */
    public Optional<String> dateOfBirthText() {
        return text(DATE_OF_BIRTH);
    }

    /**
     * The date of birth (field 3).
     *
     * @return the date, or empty if absent or not a full date (some records hold only a year)
     */
    public Optional<LocalDate> dateOfBirth() {
        return dateOfBirthText().flatMap(Dg13::date);
    }

    /**
     * The gender as written (field 4).
     *
     * @return such as {@code Nam}, or empty
     */
    public Optional<String> genderText() {
        return text(GENDER);
    }

    /**
     * The gender (field 4): {@code Nam} is male, {@code Nữ} (or {@code Nu}) female, in any case.
     *
     * @return the gender, or empty if absent or another text
     */
    public Optional<Gender> gender() {
        return genderText().map(Dg13::fold).flatMap(g -> {
            if (g.equals("nam")) {
                return Optional.of(Gender.MALE);
            }
            if (g.equals("nữ") || g.equals("nu")) {
                return Optional.of(Gender.FEMALE);
            }
            return Optional.empty();
        });
    }

    /**
     * The nationality (field 5).
     *
     * @return such as {@code Việt Nam}, or empty
     */
    public Optional<String> nationality() {
        return text(NATIONALITY);
    }

    /**
     * The ethnicity (field 6).
     *
     * @return such as {@code Kinh}, or empty
     */
    public Optional<String> ethnicity() {
        return text(ETHNICITY);
    }

    /**
     * The religion (field 7).
     *
     * @return such as {@code Không}, or empty
     */
    public Optional<String> religion() {
        return text(RELIGION);
    }

    /**
     * The place of origin, quê quán (field 8).
     *
     * @return the place, or empty
     */
    public Optional<String> placeOfOrigin() {
        return text(PLACE_OF_ORIGIN);
    }

    /**
     * The place of residence, nơi thường trú (field 9).
     *
     * @return the address, or empty
     */
    public Optional<String> placeOfResidence() {
        return text(PLACE_OF_RESIDENCE);
    }

    /**
     * The identifying features (field 10).
     *
     * @return the description, or empty
     */
    public Optional<String> identifyingFeatures() {
        return text(IDENTIFYING_FEATURES);
    }

    /**
     * The date of issue as written (field 11).
     *
     * @return the text, or empty
     */
    public Optional<String> dateOfIssueText() {
        return text(DATE_OF_ISSUE);
    }

    /**
     * The date of issue (field 11).
     *
     * @return the date, or empty if absent or not a date
     */
    public Optional<LocalDate> dateOfIssue() {
        return dateOfIssueText().flatMap(Dg13::date);
    }

    /**
     * The date of expiry as written (field 12): a date or {@code Không thời hạn}.
     *
     * @return the text, or empty
     */
    public Optional<String> dateOfExpiryText() {
        return text(DATE_OF_EXPIRY);
    }

    /**
     * The date of expiry (field 12).
     *
     * @return the date, or empty if absent, not a date, or the card does not expire ({@link
     *     #noExpiry()} tells these apart)
     */
    public Optional<LocalDate> dateOfExpiry() {
        return dateOfExpiryText().flatMap(Dg13::date);
    }

    /**
     * Whether the card says it does not expire: field 12 reads {@code Không thời hạn} (with or
     * without diacritics, any case).
     *
     * @return {@code true} for cards without expiry
     */
    public boolean noExpiry() {
        return dateOfExpiryText()
                .map(Dg13::fold)
                .filter(t -> t.equals("không thời hạn") || t.equals("khong thoi han"))
                .isPresent();
    }

    /**
     * The father's name (first name in field 13).
     *
     * @return the name, or empty
     */
    public Optional<String> fatherName() {
        return text(PARENTS, 0);
    }

    /**
     * The mother's name (second name in field 13).
     *
     * @return the name, or empty
     */
    public Optional<String> motherName() {
        return text(PARENTS, 1);
    }

    /**
     * The spouse's name (field 14).
     *
     * @return the name, or empty if absent or the field is empty
     */
    public Optional<String> spouseName() {
        return text(SPOUSE, 0);
    }

    /**
     * The old ID number (field 15), usually the 9-digit CMND.
     *
     * @return the number as written, or empty
     */
    public Optional<String> oldIdNumber() {
        return text(OLD_ID_NUMBER);
    }

    /** NFC-normalised, collapsed spaces, lower case: for comparing fixed words. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** {@code dd/MM/yyyy}, also with {@code -} or {@code .}, or {@code ddMMyyyy}. */
    static Optional<LocalDate> date(String text) {
        Matcher m = SEPARATED_DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * DG13.
     *
     * @return {@link LdsFileId#DG13}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.DG13;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for a DG13 with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dg13 && Arrays.equals(raw, ((Dg13) o).raw);
    }

    /**
     * A hash of the bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    /**
     * The field numbers present and the masked ID number; nothing else personal.
     *
     * @return such as {@code Dg13[fields=[1, 2, 3], idNumber=001*******45]}
     */
    @Override
    public String toString() {
        return "Dg13[fields=" + fields.keySet() + ", idNumber="
                + idNumber().map(PersonalIdNumber::masked).orElse(fields.containsKey(ID_NUMBER) ? "***" : "none")
                + "]";
    }
}
