package vn.smartcity.testkit.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.access.AccessDeniedException;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.access.AccessProtocol;
import vn.smartcity.card.access.ProtocolChoice;
import vn.smartcity.card.access.SecureMessagingException;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.reader.CccdReadResult;
import vn.smartcity.card.reader.CccdReader;
import vn.smartcity.testkit.SampleCitizen;

/** The card module's reader against the simulated chip: the synthetic citizen end to end. */
class ReaderEndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static CccdReader.Builder reader(SimulatedChip chip) {
        return CccdReader.builder()
                .transport(chip)
                .accessKey(AccessKey.can(ChipContent.SAMPLE_CAN))
                .trustStore(chip.content().trustStore())
                .clock(CLOCK);
    }

    private static void assertSampleCitizen(CccdReadResult result) {
        assertEquals(
                SampleCitizen.ID_NUMBER,
                result.citizen().idNumber().orElseThrow().value());
        assertTrue(result.verdict().passed(), result.verdict().toString());
        assertTrue(result.citizen().chipAuthenticated());
        assertTrue(result.faceImage().isPresent());
        assertEquals(List.of(), result.citizen().mismatches());
    }

    @Test
    void fullReadOverPaceWithTheCan() {
        try (SimulatedChip chip = SimulatedChip.sampleCitizen()) {
            CccdReadResult result = reader(chip).build().read();

            assertSampleCitizen(result);
            assertEquals(AccessProtocol.PACE, result.accessReports().get(0).protocol());
            assertEquals(List.of(), result.unreadableFiles());
        }
    }

    @Test
    void fullReadOverBacWithTheMrz() {
        try (SimulatedChip chip = SimulatedChip.sampleCitizen()) {
            CccdReadResult result = reader(chip)
                    .accessKey(AccessKey.mrz(Mrz.parse(SampleCitizen.MRZ)))
                    .protocol(ProtocolChoice.BAC)
                    .build()
                    .read();

            assertSampleCitizen(result);
            assertEquals("BAC with 3DES", result.accessReports().get(0).summary());
        }
    }

    @Test
    void wrongCanIsAccessDenied() {
        try (SimulatedChip chip = SimulatedChip.sampleCitizen()) {
            AccessDeniedException e = assertThrows(
                    AccessDeniedException.class,
                    () -> reader(chip)
                            .accessKey(AccessKey.can("999999"))
                            .build()
                            .read());

            assertEquals("CAN", e.keyKind());
            assertTrue(e.getMessage().startsWith("the card refused the access key (CAN): check the 6 digits"));
        }
    }

    @Test
    void chipThatRefusesPaceIsReadOverBac() {
        try (SimulatedChip chip = SimulatedChip.builder().refusePace().build()) {
            CccdReadResult result = reader(chip)
                    .accessKey(AccessKey.mrz(Mrz.parse(SampleCitizen.MRZ)))
                    .build()
                    .read();

            assertSampleCitizen(result);
            assertEquals(AccessProtocol.BAC, result.accessReports().get(0).protocol());
            assertTrue(result.accessReports().get(0).notes().get(0).contains("falling back to BAC"));
        }
    }

    @Test
    void masterFileSelectionUnsupportedIsTolerated() {
        try (SimulatedChip chip =
                SimulatedChip.builder().selectMasterFileUnsupported().build()) {
            CccdReadResult result = reader(chip).build().read();

            assertSampleCitizen(result);
            assertEquals(AccessProtocol.PACE, result.accessReports().get(0).protocol());
        }
    }

    @Test
    void droppedConnectionIsReopenedOnce() {
        try (SimulatedChip chip = SimulatedChip.builder().dropConnectionAt(20).build()) {
            CccdReadResult result = reader(chip).build().read();

            assertSampleCitizen(result);
            assertEquals(2, result.accessReports().size());
        }
    }

    @Test
    void corruptedResponseMacStopsTheReading() {
        try (SimulatedChip chip =
                SimulatedChip.builder().corruptResponseMacAt(12).build()) {
            SecureMessagingException e = assertThrows(
                    SecureMessagingException.class, () -> reader(chip).build().read());

            assertEquals(SecureMessagingException.Reason.BAD_MAC, e.reason());
        }
    }

    @Test
    void shortApdusOnlyWhenExtendedLengthIsOff() {
        try (SimulatedChip chip = SimulatedChip.builder().extendedLength(false).build()) {
            assertSampleCitizen(reader(chip).build().read());
        }
    }

    static Stream<Arguments> paceOptions() {
        return Stream.of(
                Arguments.of(PaceProtocol.ECDH_GM_3DES_CBC_CBC, StandardizedDomainParameters.BRAINPOOL_P256R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.SECP256R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_192, StandardizedDomainParameters.SECP384R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_256, StandardizedDomainParameters.BRAINPOOL_P512R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_256, StandardizedDomainParameters.SECP521R1),
                Arguments.of(PaceProtocol.DH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.MODP_1024_160),
                Arguments.of(PaceProtocol.DH_GM_AES_CBC_CMAC_256, StandardizedDomainParameters.MODP_2048_256));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("paceOptions")
    void paceWithOtherCiphersAndDomainParameters(PaceProtocol protocol, StandardizedDomainParameters parameters) {
        ChipContent content =
                ChipContent.builder().pace(new PaceOption(protocol, parameters)).build();
        try (SimulatedChip chip = SimulatedChip.builder().content(content).build()) {
            CccdReadResult result = reader(chip).build().read();

            assertSampleCitizen(result);
            assertEquals(protocol, result.accessReports().get(0).paceProtocol().orElseThrow());
            assertEquals(
                    parameters, result.accessReports().get(0).domainParameters().orElseThrow());
        }
    }
}
