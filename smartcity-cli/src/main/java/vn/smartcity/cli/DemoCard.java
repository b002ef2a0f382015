package vn.smartcity.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.access.ProtocolChoice;
import vn.smartcity.card.lds.FaceImage;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.Verdict;
import vn.smartcity.card.reader.CccdReadResult;
import vn.smartcity.card.reader.CccdReader;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.testkit.chip.SimulatedChip;

/**
 * Step 2 of the demo: the citizen's CCCD on the counter's reader. The test kit's simulated chip
 * answers real APDUs; the reader opens it with PACE and the card access number, reads the data
 * groups under secure messaging and verifies them by passive authentication against the test
 * kit's CSCA.
 */
final class DemoCard {

    private DemoCard() {}

    /**
     * What the counter learned from the chip; personal data only as the demo may show it.
     *
     * @param protocol the access protocol that opened the chip, such as {@code PACE}
     * @param access the protocol in one line
     * @param filesRead how many files were read
     * @param paResult the passive-authentication result
     * @param checksPassed how many of its checks passed
     * @param checks how many checks it made
     * @param notPassed the checks that did not pass, as {@code TYPE STATUS}
     * @param citizen the citizen read from the chip
     * @param id her number
     * @param maskedName her name as initials
     * @param gender her gender, lower case
     * @param birthYear her year of birth
     * @param photoFormat the face image's format
     * @param photoWidth its width in pixels
     * @param photoHeight its height in pixels
     * @param photoBytes its size
     * @param photo where it was saved
     */
    record Result(
            String protocol,
            String access,
            int filesRead,
            Status paResult,
            int checksPassed,
            int checks,
            List<String> notPassed,
            CitizenIdentity citizen,
            PersonalIdNumber id,
            String maskedName,
            String gender,
            int birthYear,
            String photoFormat,
            int photoWidth,
            int photoHeight,
            int photoBytes,
            Path photo) {

        boolean paPassed() {
            return paResult == Status.PASSED;
        }

        /** The full name, for the dossier's owner: data for DVCQG, never printed. */
        String fullName() {
            return citizen.fullName().orElseThrow();
        }
    }

    /**
     * Reads the simulated chip and saves the face image.
     *
     * @param clock the day's clock: certificates are checked for validity at its time
     * @param photo where to save the photo, or {@code null} for a new temporary directory
     */
    static Result read(Clock clock, @Nullable Path photo) {
        CccdReadResult read;
        try (SimulatedChip chip = SimulatedChip.sampleCitizen()) {
            read = CccdReader.builder()
                    .transport(chip)
                    // The clerk types the 6-digit CAN printed on the card's front.
                    .accessKey(AccessKey.can(chip.content().can()))
                    .protocol(ProtocolChoice.PACE)
                    .trustStore(chip.content().trustStore())
                    .clock(clock)
                    .build()
                    .read();
        }
        Verdict verdict = read.verdict();
        if (!verdict.passed()) {
            throw new IllegalStateException(
                    "passive authentication of the simulated chip failed: " + verdict.failures());
        }
        List<AccessReport> access = read.accessReports();
        AccessReport last = access.get(access.size() - 1);
        CitizenIdentity citizen = read.citizen();
        FaceImage face =
                read.faceImage().orElseThrow(() -> new IllegalStateException("the simulated chip has no face image"));
        Path saved = save(face.data(), face.format().jpeg2000() ? "jp2" : "jpg", photo);
        int passed = (int) verdict.checks().stream()
                .filter(c -> c.status() == Status.PASSED)
                .count();
        return new Result(
                last.protocol().name(),
                last.summary(),
                read.filesRead().size(),
                verdict.result(),
                passed,
                verdict.checks().size(),
                verdict.checks().stream()
                        .filter(ch -> ch.status() != Status.PASSED)
                        .map(ch -> ch.type() + " " + ch.status())
                        .toList(),
                citizen,
                citizen.idNumber().orElseThrow(),
                Views.maskName(citizen.fullName().orElseThrow()),
                citizen.gender().orElseThrow().name().toLowerCase(Locale.ROOT),
                citizen.dateOfBirth().orElseThrow().getYear(),
                face.format().name(),
                face.width(),
                face.height(),
                face.data().length,
                saved);
    }

    private static Path save(byte[] image, String extension, @Nullable Path photo) {
        Path target = photo;
        try {
            if (target == null) {
                // Not the working directory: a demo run from a fresh clone leaves the clone clean.
                target = Files.createTempDirectory("smartcity-demo-").resolve("citizen-photo." + extension);
            }
            Files.write(target, image);
            return target;
        } catch (NoSuchFileException e) {
            throw new SmartCity.InputError("cannot save the photo to " + target + ": no such directory");
        } catch (IOException e) {
            throw new SmartCity.InputError("cannot save the photo to "
                    + (target == null ? "a temporary directory" : target) + ": " + e.getMessage());
        }
    }
}
