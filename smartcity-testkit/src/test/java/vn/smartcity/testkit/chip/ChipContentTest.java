package vn.smartcity.testkit.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.lds.ActiveAuthenticationInfo;
import vn.smartcity.card.lds.Dg1;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.lds.Dg14;
import vn.smartcity.card.lds.Dg15;
import vn.smartcity.card.lds.Dg2;
import vn.smartcity.card.lds.EfCardAccess;
import vn.smartcity.card.lds.EfCom;
import vn.smartcity.card.lds.FaceImage;
import vn.smartcity.card.lds.ImageFormat;
import vn.smartcity.card.lds.Lds;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.lds.PaceInfo;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;
import vn.smartcity.card.mrz.BacKeySeed;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.pa.CheckType;
import vn.smartcity.card.pa.PassiveAuthentication;
import vn.smartcity.card.pa.Status;
import vn.smartcity.card.pa.Verdict;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.card.sod.Sod;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.testkit.SampleCitizen;

/**
 * The sample citizen's chip, read with the card module's own parsers: every file parses, the chip
 * agrees with the MRZ and the QR code, and passive authentication passes with the test CSCA. All
 * data here are synthetic.
 */
class ChipContentTest {

    private static final ChipContent CONTENT = ChipContent.sampleCitizen();
    private static final Instant DURING_VALIDITY = Instant.parse("2026-06-01T00:00:00Z");

    private static byte[] file(LdsFileId id) {
        return CONTENT.file(id).orElseThrow();
    }

    @Test
    void everyFileParsesWithTheCardsParsers() {
        assertEquals(
                List.of(
                        LdsFileId.COM,
                        LdsFileId.DG1,
                        LdsFileId.DG2,
                        LdsFileId.DG13,
                        LdsFileId.DG14,
                        LdsFileId.DG15,
                        LdsFileId.SOD,
                        LdsFileId.CARD_ACCESS),
                CONTENT.fileIds());
        EfCom com = assertInstanceOf(EfCom.class, Lds.parse(file(LdsFileId.COM)));
        assertEquals("1.7", com.ldsVersion());
        assertEquals(
                List.of(LdsFileId.DG1, LdsFileId.DG2, LdsFileId.DG13, LdsFileId.DG14, LdsFileId.DG15),
                com.dataGroups());
        assertInstanceOf(Dg1.class, Lds.parse(file(LdsFileId.DG1)));
        assertInstanceOf(Dg2.class, Lds.parse(file(LdsFileId.DG2)));
        assertInstanceOf(Dg13.class, Lds.parse(file(LdsFileId.DG13)));
        assertInstanceOf(Dg14.class, Lds.parse(file(LdsFileId.DG14)));
        assertInstanceOf(Dg15.class, Lds.parse(file(LdsFileId.DG15)));
        assertInstanceOf(EfCardAccess.class, Lds.parse(file(LdsFileId.CARD_ACCESS)));
        Sod sod = Sod.parse(CONTENT.sod());
        assertEquals(
                List.of(1, 2, 13, 14, 15), List.copyOf(sod.dataGroupHashes().keySet()));
    }

    @Test
    void dg1HoldsTheSampleCitizensMrz() {
        Mrz mrz = Dg1.parse(file(LdsFileId.DG1)).mrz();
        assertEquals(Mrz.parse(SampleCitizen.MRZ), mrz);
        assertTrue(mrz.isValid());
        assertEquals(Optional.of(new PersonalIdNumber(SampleCitizen.ID_NUMBER)), mrz.personalIdNumber());
        assertEquals(mrz.bacKeySeed(), CONTENT.bacKeySeed());
        assertEquals(BacKeySeed.of("195012345", "950304", "350304"), CONTENT.bacKeySeed());
    }

    @Test
    void dg13HoldsTheVietnameseFieldsTheQrCodeAgreesWith() {
        Dg13 dg13 = Dg13.parse(file(LdsFileId.DG13));
        assertEquals(OptionalInt.of(1), dg13.version());
        assertEquals(Optional.of("1.0.10646.1.0.8"), dg13.objectIdentifier());
        assertEquals(Optional.of(new PersonalIdNumber("001195012345")), dg13.idNumber());
        assertEquals(Optional.of("Nguyễn Thị Mậu"), dg13.fullName());
        assertEquals(Optional.of(LocalDate.of(1995, 3, 4)), dg13.dateOfBirth());
        assertEquals(Optional.of(Gender.FEMALE), dg13.gender());
        assertEquals(Optional.of("Việt Nam"), dg13.nationality());
        assertEquals(Optional.of("5 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội"), dg13.placeOfResidence());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 1)), dg13.dateOfIssue());
        assertEquals(Optional.of(LocalDate.of(2035, 3, 4)), dg13.dateOfExpiry());
        assertEquals(Optional.of("Nguyễn Văn Bình"), dg13.fatherName());
        assertEquals(Optional.of("Trần Thị Cúc"), dg13.motherName());
        assertEquals(Optional.empty(), dg13.spouseName());
        assertEquals(Optional.empty(), dg13.oldIdNumber());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
                List.copyOf(dg13.fields().keySet()));

        CitizenIdentity identity = CitizenIdentity.builder()
                .dg13(dg13)
                .mrz(Dg1.parse(file(LdsFileId.DG1)).mrz())
                .qr(CccdQr.parse(SampleCitizen.QR))
                .build();
        assertEquals(List.of(), identity.mismatches(), "chip, MRZ and QR agree");
    }

    @Test
    void dg2HoldsOneJpegFace() {
        List<FaceImage> images = Dg2.parse(file(LdsFileId.DG2)).images();
        assertEquals(1, images.size());
        FaceImage face = images.get(0);
        assertEquals(ImageFormat.JPEG, face.format());
        assertEquals(180, face.width());
        assertEquals(240, face.height());
        assertTrue(face.dataLength() < 10_000, "a small picture: " + face.dataLength() + " bytes");
    }

    @Test
    void dg14AndCardAccessOfferPaceAndDg15TheActiveAuthenticationKey() {
        PaceInfo pace = new PaceInfo(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, 2, OptionalInt.of(13));
        assertEquals(
                List.of(pace), EfCardAccess.parse(file(LdsFileId.CARD_ACCESS)).paceInfos());
        Dg14 dg14 = Dg14.parse(file(LdsFileId.DG14));
        assertEquals(List.of(pace), dg14.securityInfos().paceInfos());
        List<ActiveAuthenticationInfo> aa = dg14.securityInfos().activeAuthenticationInfos();
        assertEquals(1, aa.size());
        assertEquals("0.4.0.127.0.7.1.1.4.1.3", aa.get(0).signatureAlgorithm());
        assertEquals("EC", Dg15.parse(file(LdsFileId.DG15)).algorithm());
        assertEquals("012345", CONTENT.can());
    }

    @Test
    void passiveAuthenticationPassesWithTheTestCsca() {
        Verdict verdict = PassiveAuthentication.verify(
                Sod.parse(CONTENT.sod()),
                CONTENT.dataGroups(),
                TestPki.standard().trustStore(),
                DURING_VALIDITY);
        assertTrue(verdict.passed(), verdict::toString);
        assertEquals(
                Status.PASSED,
                verdict.check(CheckType.CERTIFICATE_CHAIN).orElseThrow().status());
        assertEquals(5, CONTENT.dataGroups().size());
    }

    @Test
    void anotherPkiIsNotTrusted() {
        Verdict verdict = PassiveAuthentication.verify(
                Sod.parse(CONTENT.sod()),
                CONTENT.dataGroups(),
                TestPki.generate(7).trustStore(),
                DURING_VALIDITY);
        assertFalse(verdict.passed());
        assertEquals(
                Status.FAILED, verdict.check(CheckType.CSCA_FOUND).orElseThrow().status());
    }

    @Test
    void theTestPkiIsTheSameInEveryRun() {
        assertEquals(
                TestPki.generate(42).cscaCertificate(), TestPki.generate(42).cscaCertificate());
        assertNotEquals(
                TestPki.generate(42).cscaCertificate(), TestPki.generate(43).cscaCertificate());
        assertArrayEquals(CONTENT.sod(), ChipContent.builder().build().sod(), "EF.SOD is signed the same way");
        assertEquals(
                TestPki.DSC_VALID_FROM.toEpochMilli(),
                TestPki.standard().documentSignerCertificate().getNotBefore().getTime());
    }

    @Test
    void aReplacedDataGroupIsSignedIntoTheSod() {
        byte[] dg13 = vn.smartcity.testkit.chip.internal.LdsWriter.dg13(
                List.of(vn.smartcity.testkit.chip.internal.LdsWriter.field(1, "001089012345")));
        ChipContent content = ChipContent.builder()
                .file(LdsFileId.DG13, dg13)
                .remove(LdsFileId.DG15)
                .pace(new PaceOption(PaceProtocol.DH_GM_3DES_CBC_CBC, StandardizedDomainParameters.MODP_2048_224))
                .can("654321")
                .build();
        Map<Integer, byte[]> groups = content.dataGroups();
        assertEquals(List.of(1, 2, 13, 14), List.copyOf(groups.keySet()));
        assertArrayEquals(dg13, groups.get(13));
        assertTrue(PassiveAuthentication.verify(Sod.parse(content.sod()), groups, content.trustStore(), DURING_VALIDITY)
                .passed());
        assertEquals(
                List.of(LdsFileId.DG1, LdsFileId.DG2, LdsFileId.DG13, LdsFileId.DG14),
                EfCom.parse(content.file(LdsFileId.COM).orElseThrow()).dataGroups());
        assertEquals(
                List.of(new PaceInfo(PaceProtocol.DH_GM_3DES_CBC_CBC, 2, OptionalInt.of(1))),
                EfCardAccess.parse(content.file(LdsFileId.CARD_ACCESS).orElseThrow())
                        .paceInfos());
        assertEquals("654321", content.can());
    }

    @Test
    void aChipWithoutPaceHasNoCardAccess() {
        ChipContent content = ChipContent.builder().pace().build();
        assertEquals(Optional.empty(), content.file(LdsFileId.CARD_ACCESS).map(bytes -> "present"));
        assertEquals(
                List.of(),
                Dg14.parse(content.file(LdsFileId.DG14).orElseThrow())
                        .securityInfos()
                        .paceInfos());
    }

    @Test
    void rejectsWhatItCannotSimulate() {
        IllegalArgumentException mapping = assertThrows(
                IllegalArgumentException.class,
                () -> new PaceOption(
                        PaceProtocol.ECDH_IM_AES_CBC_CMAC_128, StandardizedDomainParameters.BRAINPOOL_P256R1));
        assertEquals(
                "id-PACE-ECDH-IM-AES-CBC-CMAC-128: the simulated chip runs the generic mapping only",
                mapping.getMessage());
        IllegalArgumentException mismatch = assertThrows(
                IllegalArgumentException.class,
                () -> new PaceOption(PaceProtocol.DH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.SECP256R1));
        assertEquals(
                "id-PACE-DH-GM-AES-CBC-CMAC-128 cannot use NIST P-256 (secp256r1) (parameter 12)",
                mismatch.getMessage());
        IllegalArgumentException can = assertThrows(
                IllegalArgumentException.class, () -> ChipContent.builder().can("12a456"));
        assertEquals("a CAN is 1 to 12 digits, got 6 characters", can.getMessage());
        IllegalArgumentException noMrz = assertThrows(
                IllegalArgumentException.class,
                () -> ChipContent.builder()
                        .file(LdsFileId.DG1, new byte[] {0x61, 0x00})
                        .build());
        assertEquals("DG1 holds no MRZ to read the BAC key seed from; set bacKeySeed(...)", noMrz.getMessage());
    }

    @Test
    void describesItselfWithoutPersonalData() {
        String text = CONTENT.toString();
        assertFalse(text.contains("001195012345"), text);
        assertFalse(text.contains("012345"), text);
        assertTrue(text.startsWith("ChipContent[files=[COM, DG1"), text);
    }
}
