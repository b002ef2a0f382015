package vn.smartcity.card.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.access.AccessDeniedException;
import vn.smartcity.card.access.AccessException;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.access.AccessProtocol;
import vn.smartcity.card.access.AccessReport;
import vn.smartcity.card.access.MrzKey;
import vn.smartcity.card.lds.ImageFormat;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.pa.CheckType;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.core.id.PersonalIdNumber;

/** The counter-facing reader over a fake BAC chip serving a synthetic CCCD (all data made up). */
class CccdReaderTest {

    private static final SyntheticCccd CARD = new SyntheticCccd();
    private static final PersonalIdNumber NUMBER = PersonalIdNumber.parse("001195012345");
    private static final MrzKey KEY = AccessKey.cccd(NUMBER, LocalDate.of(1995, 3, 4), LocalDate.of(2035, 3, 4));
    private static final Clock CLOCK = Clock.fixed(SyntheticCccd.VALID_AT, ZoneOffset.UTC);

    private static CccdReader.Builder reader(FakeBacChip chip) {
        return CccdReader.builder().transport(chip).accessKey(KEY).clock(CLOCK);
    }

    @Test
    void readsTheCitizenFaceAndAPassingVerdict() {
        FakeBacChip chip = new FakeBacChip(CARD, KEY);

        CccdReadResult result = reader(chip)
                .trustStore(TrustStore.of(List.of(CARD.csca)))
                .build()
                .read();

        assertEquals(NUMBER, result.citizen().idNumber().orElseThrow());
        assertEquals("Nguyễn Thị Mậu", result.citizen().fullName().orElseThrow());
        assertEquals(LocalDate.of(1995, 3, 4), result.citizen().dateOfBirth().orElseThrow());
        assertEquals(List.of(), result.citizen().mismatches());
        assertTrue(result.verdict().passed(), result.verdict().toString());
        assertTrue(result.citizen().chipAuthenticated());
        assertEquals(ImageFormat.JPEG, result.faceImage().orElseThrow().format());
        assertEquals(AccessProtocol.BAC, result.accessReports().get(0).protocol());
        assertEquals(
                List.of(LdsFileId.COM, LdsFileId.DG1, LdsFileId.DG2, LdsFileId.DG13, LdsFileId.SOD),
                result.filesRead());
        assertArrayEquals(CARD.dataGroups.get(2), result.encoded(LdsFileId.DG2).orElseThrow());
        assertTrue(chip.readBinaryB1 > 0, "DG2 is longer than 32 KiB: the tail is read with INS B1");
    }

    @Test
    void withheldDataGroupsAreReportedAndReadingGoesOn() {
        CccdReadResult result = reader(new FakeBacChip(CARD, KEY)).build().read();

        assertEquals(2, result.unreadableFiles().size());
        UnreadableFile dg3 = result.unreadableFiles().get(0);
        assertEquals(LdsFileId.DG3, dg3.file());
        assertEquals(0x6982, dg3.statusWord());
        assertEquals("DG3 (6982)", dg3.toString());
        assertEquals("READ BINARY of DG3 at offset 0 was answered 6982 (security status not satisfied)", dg3.reason());
        assertEquals(LdsFileId.DG4, result.unreadableFiles().get(1).file());
        assertEquals(0x6A82, result.unreadableFiles().get(1).statusWord());
        assertEquals(
                Status.NOT_CHECKED, result.verdict().dataGroup(3).orElseThrow().status());
    }

    @Test
    void withoutTrustStoreTheVerdictSaysTheChainWasNotChecked() {
        CccdReadResult result = reader(new FakeBacChip(CARD, KEY)).build().read();

        assertFalse(result.verdict().passed());
        assertEquals(
                Status.PASSED,
                result.verdict().check(CheckType.SOD_SIGNATURE).orElseThrow().status());
        assertEquals(Status.PASSED, result.verdict().dataGroup(13).orElseThrow().status());
        assertEquals(
                Status.NOT_CHECKED,
                result.verdict().check(CheckType.CSCA_FOUND).orElseThrow().status());
        assertEquals(
                "no trust store was given: the Document Signer certificate's chain to a CSCA was not checked",
                result.verdict()
                        .check(CheckType.CERTIFICATE_CHAIN)
                        .orElseThrow()
                        .reason());
        assertFalse(result.citizen().chipAuthenticated());
        assertFalse(result.toString().contains("001195012345"));
        assertFalse(result.toString().contains("Mậu"));
    }

    @Test
    void aLostCardIsResetReopenedAndReadingContinues() {
        FakeBacChip chip = new FakeBacChip(CARD, KEY);
        chip.loseCardAtOffset = 5000;
        List<String> events = new ArrayList<>();
        ReadProgressListener listener = new ReadProgressListener() {
            @Override
            public void accessEstablished(AccessReport report) {
                events.add("access " + report.protocol());
            }

            @Override
            public void fileFinished(LdsFileId file, int length) {
                events.add(file.displayName() + " " + length);
            }

            @Override
            public void fileUnreadable(LdsFileId file, int statusWord) {
                events.add(file.displayName() + String.format(" %04X", statusWord));
            }
        };

        CccdReadResult result = reader(chip)
                .trustStore(TrustStore.of(List.of(CARD.csca)))
                .progress(listener)
                .build()
                .read();

        assertEquals(1, chip.resets);
        assertEquals(2, result.accessReports().size());
        assertTrue(result.verdict().passed());
        assertEquals(
                List.of(
                        "access BAC",
                        "EF.COM " + CARD.com.length,
                        "EF.SOD " + CARD.sod.length,
                        "DG1 " + CARD.dataGroups.get(1).length,
                        "DG13 " + CARD.dataGroups.get(13).length,
                        "access BAC",
                        "DG2 " + CARD.dataGroups.get(2).length,
                        "DG3 6982",
                        "DG4 6A82"),
                events);
    }

    @Test
    void progressReportsBytesOfEachFile() {
        List<int[]> dg2Progress = new ArrayList<>();
        reader(new FakeBacChip(CARD, KEY))
                .progress(new ReadProgressListener() {
                    @Override
                    public void bytesRead(LdsFileId file, int read, int total) {
                        if (file == LdsFileId.DG2) {
                            dg2Progress.add(new int[] {read, total});
                        }
                    }
                })
                .build()
                .read();

        int total = CARD.dataGroups.get(2).length;
        assertEquals(6, dg2Progress.get(0)[0]);
        assertEquals(total, dg2Progress.get(dg2Progress.size() - 1)[0]);
        assertEquals(total, dg2Progress.get(0)[1]);
        int calls = 1;
        for (int read = 6; read < total; calls++) {
            read += Math.min(read >= 0x8000 ? 0xDF - 16 : 0xDF, total - read);
        }
        assertEquals(calls, dg2Progress.size(), "6 bytes, 223-byte chunks, then 207-byte chunks with INS B1");
    }

    @Test
    void wrongMrzIsAccessDenied() {
        MrzKey wrong = AccessKey.cccd(NUMBER, LocalDate.of(1995, 3, 5), LocalDate.of(2035, 3, 4));

        AccessDeniedException e = assertThrows(
                AccessDeniedException.class,
                () -> reader(new FakeBacChip(CARD, KEY))
                        .accessKey(wrong)
                        .build()
                        .read());

        assertEquals("MRZ", e.keyKind());
        assertFalse(e.getMessage().contains("950305"));
    }

    @Test
    void canAloneCannotOpenAChipWithoutPace() {
        AccessException e = assertThrows(
                AccessException.class,
                () -> reader(new FakeBacChip(CARD, KEY))
                        .accessKey(AccessKey.can(NUMBER))
                        .build()
                        .read());

        assertEquals(AccessException.Reason.NOT_SUPPORTED, e.reason());
    }

    @Test
    void canOfACccdIsTheLastSixDigits() {
        assertEquals("012345", AccessKey.can(NUMBER).digits());
        assertEquals("195012345", KEY.documentNumber());
        assertEquals(
                "CccdReader[MRZ, AUTO, no trust store]",
                reader(new FakeBacChip(CARD, KEY)).build().toString());
    }
}
