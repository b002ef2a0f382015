package vn.smartcity.card.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.lds.Dg1;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.lds.FaceImage;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.pa.Verdict;

/**
 * What a {@link CccdReader} read from a card: the citizen (DG13 and DG1 joined), the face image
 * (DG2), the passive-authentication verdict over the files read, how the chip was opened, and the
 * files the chip withheld. Immutable; {@link #toString()} shows no personal data.
 */
public final class CccdReadResult {

    private final CitizenIdentity citizen;
    private final @Nullable FaceImage face;
    private final @Nullable Dg1 dg1;
    private final @Nullable Dg13 dg13;
    private final Verdict verdict;
    private final List<AccessReport> access;
    private final List<UnreadableFile> unreadable;
    private final Map<LdsFileId, byte[]> files;

    CccdReadResult(
            CitizenIdentity citizen,
            @Nullable FaceImage face,
            @Nullable Dg1 dg1,
            @Nullable Dg13 dg13,
            Verdict verdict,
            List<AccessReport> access,
            List<UnreadableFile> unreadable,
            Map<LdsFileId, byte[]> files) {
        this.citizen = Objects.requireNonNull(citizen, "citizen");
        this.face = face;
        this.dg1 = dg1;
        this.dg13 = dg13;
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.access = List.copyOf(access);
        this.unreadable = List.copyOf(unreadable);
        Map<LdsFileId, byte[]> copy = new EnumMap<>(LdsFileId.class);
        for (Map.Entry<LdsFileId, byte[]> file : files.entrySet()) {
            copy.put(file.getKey(), file.getValue().clone());
        }
        this.files = copy;
    }

    /**
     * The citizen, from DG13 and the MRZ of DG1; {@link CitizenIdentity#chipAuthenticated()} is
     * true only when passive authentication passed.
     *
     * @return the identity
     */
    public CitizenIdentity citizen() {
        return citizen;
    }

    /**
     * The first face image of DG2.
     *
     * @return the image, or empty when DG2 was not read or holds none
     */
    public Optional<FaceImage> faceImage() {
        return Optional.ofNullable(face);
    }

    /**
     * DG1.
     *
     * @return the MRZ data group, or empty if it was not read
     */
    public Optional<Dg1> dg1() {
        return Optional.ofNullable(dg1);
    }

    /**
     * DG13.
     *
     * @return the Vietnamese personal data, or empty if it was not read
     */
    public Optional<Dg13> dg13() {
        return Optional.ofNullable(dg13);
    }

    /**
     * Passive authentication of EF.SOD and the data groups read. Without a trust store the chain
     * checks say {@code NOT_CHECKED} and the verdict does not pass.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * How the chip was opened, in order: one report, or two when a lost card was reopened.
     *
     * @return the access reports
     */
    public List<AccessReport> accessReports() {
        return access;
    }

    /**
     * The files the chip withheld.
     *
     * @return in the order tried; empty when everything listed was read
     */
    public List<UnreadableFile> unreadableFiles() {
        return unreadable;
    }

    /**
     * The files read.
     *
     * @return in file order
     */
    public List<LdsFileId> filesRead() {
        return new ArrayList<>(files.keySet());
    }

    /**
     * A file's bytes as read, for archiving or a later passive authentication.
     *
     * @param file the file
     * @return a copy, or empty if it was not read
     */
    public Optional<byte[]> encoded(LdsFileId file) {
        byte[] bytes = files.get(file);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /**
     * A summary without personal data.
     *
     * @return the masked citizen, the verdict, the protocols and the unreadable files
     */
    @Override
    public String toString() {
        List<String> protocols = new ArrayList<>();
        for (AccessReport report : access) {
            protocols.add(report.summary());
        }
        return "CccdReadResult[" + citizen + ", passive authentication " + verdict.result() + ", access=" + protocols
                + ", files=" + files.keySet() + ", unreadable=" + unreadable + "]";
    }
}
