package vn.smartcity.card.lds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * EF.COM (ICAO Doc 9303 Part 10): tag {@code 60} holding the LDS version ({@code
 * 5F01}, four ASCII digits {@code aabb}), the Unicode version ({@code 5F36}, six ASCII digits
 * {@code aabbcc}) and the tag list ({@code 5C}) of the data groups present. Other elements are
 * ignored.
 */
public final class EfCom implements LdsFile {

    private static final String WHAT = "EF.COM";

    private final byte[] raw;
    private final String ldsVersion;
    private final String unicodeVersion;
    private final List<Integer> tagList;

    private EfCom(byte[] raw, String ldsVersion, String unicodeVersion, List<Integer> tagList) {
        this.raw = raw;
        this.ldsVersion = ldsVersion;
        this.unicodeVersion = unicodeVersion;
        this.tagList = List.copyOf(tagList);
    }

    /**
     * Parses EF.COM.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is not a well-formed EF.COM
     */
    public static EfCom parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.COM.tag(), WHAT);
        @Nullable Tlv version = null;
        @Nullable Tlv unicode = null;
        @Nullable Tlv list = null;
        for (Tlv child : root.children()) {
            switch (child.tag()) {
                case 0x5F01:
                    version = once(version, child);
                    break;
                case 0x5F36:
                    unicode = once(unicode, child);
                    break;
                case 0x5C:
                    list = once(list, child);
                    break;
                default:
                    break;
            }
        }
        if (version == null) {
            throw root.error("expected tag 5F01 (LDS version) inside tag 60");
        }
        if (unicode == null) {
            throw root.error("expected tag 5F36 (Unicode version) inside tag 60");
        }
        if (list == null) {
            throw root.error("expected tag 5C (tag list) inside tag 60");
        }
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < list.valueLength(); i++) {
            tags.add(list.valueByte(i));
        }
        return new EfCom(raw, digits(version, 4, "LDS version"), digits(unicode, 6, "Unicode version"), tags);
    }

    private static Tlv once(@Nullable Tlv seen, Tlv child) {
        if (seen != null) {
            throw child.error("tag " + child.tagHex() + " appears twice");
        }
        return child;
    }

    /** The version digits in pairs joined by dots, leading zeros dropped: {@code 0107} to {@code 1.7}. */
    private static String digits(Tlv element, int count, String name) {
        if (element.valueLength() != count) {
            throw element.error(name + " has " + element.valueLength() + " bytes, expected " + count + " digits");
        }
        String text = element.valueAsString(StandardCharsets.US_ASCII);
        StringBuilder version = new StringBuilder();
        for (int i = 0; i < count; i += 2) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a < '0' || a > '9' || b < '0' || b > '9') {
                throw new CardDataException(WHAT, element.valueOffset() + i, name + " must be digits");
            }
            if (i > 0) {
                version.append('.');
            }
            version.append((a - '0') * 10 + (b - '0'));
        }
        return version.toString();
    }

    /**
     * The LDS version.
     *
     * @return such as {@code 1.7} (from {@code 0107})
     */
    public String ldsVersion() {
        return ldsVersion;
    }

    /**
     * The Unicode version.
     *
     * @return such as {@code 4.0.0} (from {@code 040000})
     */
    public String unicodeVersion() {
        return unicodeVersion;
    }

    /**
     * The tag list as read, one tag per byte.
     *
     * @return such as {@code [0x61, 0x75, 0x6D, 0x6E]}
     */
    public List<Integer> tagList() {
        return tagList;
    }

    /**
     * The files the tag list names, in its order; tags that name no LDS file are left out.
     *
     * @return such as {@code [DG1, DG2, DG13, DG14]}
     */
    public List<LdsFileId> dataGroups() {
        List<LdsFileId> files = new ArrayList<>();
        for (int tag : tagList) {
            Optional<LdsFileId> id = LdsFileId.byTag(tag);
            if (id.isPresent() && id.get().dataGroupNumber().isPresent()) {
                files.add(id.get());
            }
        }
        return List.copyOf(files);
    }

    /**
     * Whether the tag list names a data group.
     *
     * @param dataGroup the data group
     * @return {@code true} if its tag is in the list
     */
    public boolean lists(LdsFileId dataGroup) {
        return tagList.contains(dataGroup.tag());
    }

    /**
     * EF.COM.
     *
     * @return {@link LdsFileId#COM}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.COM;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for an EF.COM with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EfCom && Arrays.equals(raw, ((EfCom) o).raw);
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
     * The versions and data groups.
     *
     * @return such as {@code EfCom[lds=1.7, unicode=4.0.0, dataGroups=[DG1, DG2]]}
     */
    @Override
    public String toString() {
        return "EfCom[lds=" + ldsVersion + ", unicode=" + unicodeVersion + ", dataGroups=" + dataGroups() + "]";
    }
}
