package vn.smartcity.card.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * The access-control strategy over scripted chips: the PACE runs are the Appendix G.1 exchange, the
 * BAC runs the Appendix D.3 exchange (ICAO Doc 9303 Part 11); EF.CardAccess is synthetic.
 */
class AccessControlTest {

    /** Synthetic EF.CardAccess: one PACEInfo, id-PACE-ECDH-GM-AES-CBC-CMAC-128, version 2, parameters 13. */
    private static final String CARD_ACCESS = "3114301206" + "0A04007F00070202040202" + "020102" + "02010D";

    /** Synthetic EF.CardAccess offering only id-PACE-ECDH-IM-AES-CBC-CMAC-128 on parameters 13. */
    private static final String CARD_ACCESS_IM = "3114301206" + "0A04007F00070202040402" + "020102" + "02010D";

    private static final MrzKey G1_KEY = AccessKey.mrz("T22000129", "640812", "101031");
    private static final MrzKey D3_KEY = AccessKey.mrz("L898902C", "690806", "940623");

    private static ScriptedTransport cardAccess(ScriptedTransport chip, String file) {
        return chip.expect("00A4000C023F00", "9000")
                .expect("00A4020C02011C", "9000")
                .expect("00B0000006", file.substring(0, 12) + "9000")
                .expect("00B0000610", file.substring(12) + "9000");
    }

    private static ScriptedTransport noCardAccess(ScriptedTransport chip) {
        return chip.expect("00A4000C023F00", "6D00")
                .expect("00A4020C02011C", "6A82")
                .expect("00B09C0006", "6A82");
    }

    private static ScriptedTransport bac(ScriptedTransport chip) {
        return chip.expect("00A4040C07A0000002471001", "9000")
                .expect("0084000008", "4608F91988702212" + "9000")
                .expect(
                        "0082000028"
                                + "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                                + "5F1448EEA8AD90A728",
                        "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449" + "9000");
    }

    private static FixedRandom bacRandom() {
        return new FixedRandom("781723860C06C226", "0B795240CB7049B01C19B33E32804F0B");
    }

    @Test
    void paceWhenOfferedThenTheApplicationUnderSecureMessaging() {
        ScriptedTransport chip = cardAccess(new ScriptedTransport(), CARD_ACCESS);
        chip.expect("0022C1A40F800A04007F00070202040202830101", "9000")
                .expect("10860000027C0000", "7C128010" + PaceTest.Ecdh.Z + "9000")
                .expect(
                        "10860000457C438141" + PaceTest.Ecdh.PK_MAP_IFD + "00",
                        "7C438241" + PaceTest.Ecdh.PK_MAP_IC + "9000")
                .expect(
                        "10860000457C438341" + PaceTest.Ecdh.PK_DH_IFD + "00",
                        "7C438441" + PaceTest.Ecdh.PK_DH_IC + "9000")
                .expect("008600000C7C0A8508" + PaceTest.Ecdh.T_IFD + "00", "7C0A8608" + PaceTest.Ecdh.T_IC + "9000")
                .expect(
                        "0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00",
                        "990290008E08BEA7B381C494A0799000");
        AccessControl control = AccessControl.builder()
                .key(G1_KEY)
                .random(new FixedRandom(PaceTest.Ecdh.SK_MAP_IFD, PaceTest.Ecdh.SK_DH_IFD))
                .build();

        AccessSession session = control.establish(chip);

        chip.assertFinished();
        AccessReport report = session.report();
        assertEquals(AccessProtocol.PACE, report.protocol());
        assertEquals(Optional.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128), report.paceProtocol());
        assertEquals(Optional.of(PaceProtocol.Mapping.GENERIC), report.mapping());
        assertEquals(Optional.of(StandardizedDomainParameters.BRAINPOOL_P256R1), report.domainParameters());
        assertEquals("AES-128", report.cipher());
        assertEquals("PACE id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1", report.summary());
        assertEquals(List.of(), report.notes());
    }

    @Test
    void bacWhenNoPaceIsOffered() {
        ScriptedTransport chip = bac(noCardAccess(new ScriptedTransport()));

        AccessSession session =
                AccessControl.builder().key(D3_KEY).random(bacRandom()).build().establish(chip);

        chip.assertFinished();
        assertEquals(AccessProtocol.BAC, session.report().protocol());
        assertEquals("BAC with 3DES", session.report().summary());
        assertEquals(
                List.of("SELECT of the master file was answered 6D00; went on", "the chip offers no PACE"),
                session.report().notes());
    }

    @Test
    void bacWhenTheChipRefusesPace() {
        ScriptedTransport chip = cardAccess(new ScriptedTransport(), CARD_ACCESS)
                .expect("0022C1A40F800A04007F00070202040202830101", "6A88");
        bac(chip);

        AccessSession session =
                AccessControl.builder().key(D3_KEY).random(bacRandom()).build().establish(chip);

        chip.assertFinished();
        assertEquals(1, chip.resets());
        assertEquals(AccessProtocol.BAC, session.report().protocol());
        assertEquals(
                List.of("PACE: the chip refused MSE:Set AT with 6A88; falling back to BAC"),
                session.report().notes());
    }

    @Test
    void wrongCanIsReportedAndNotRetriedWithBac() {
        ScriptedTransport chip = cardAccess(new ScriptedTransport(), CARD_ACCESS)
                .expect("0022C1A40F800A04007F00070202040202830102", "9000")
                .expect("10860000027C0000", "6300");
        AccessException refusedStep = assertThrows(
                AccessException.class,
                () -> AccessControl.builder()
                        .key(AccessKey.can("123456"))
                        .build()
                        .establish(chip));
        assertEquals(AccessException.Reason.PACE_REFUSED, refusedStep.reason());
        chip.assertFinished();

        ScriptedTransport wrongCan = cardAccess(new ScriptedTransport(), CARD_ACCESS)
                .expect("0022C1A40F800A04007F00070202040202830101", "9000")
                .expect("10860000027C0000", "7C128010" + PaceTest.Ecdh.Z + "9000")
                .expect(
                        "10860000457C438141" + PaceTest.Ecdh.PK_MAP_IFD + "00",
                        "7C438241" + PaceTest.Ecdh.PK_MAP_IC + "9000")
                .expect(
                        "10860000457C438341" + PaceTest.Ecdh.PK_DH_IFD + "00",
                        "7C438441" + PaceTest.Ecdh.PK_DH_IC + "9000")
                .expect("008600000C7C0A8508" + PaceTest.Ecdh.T_IFD + "00", "6300");
        AccessDeniedException denied = assertThrows(
                AccessDeniedException.class,
                () -> AccessControl.builder()
                        .key(G1_KEY)
                        .random(new FixedRandom(PaceTest.Ecdh.SK_MAP_IFD, PaceTest.Ecdh.SK_DH_IFD))
                        .build()
                        .establish(wrongCan));
        assertEquals(AccessException.Reason.KEY_REFUSED, denied.reason());
        wrongCan.assertFinished();
        assertEquals(0, wrongCan.resets());
    }

    @Test
    void canAloneCannotOpenAChipWithoutPace() {
        ScriptedTransport chip = noCardAccess(new ScriptedTransport());

        AccessException e = assertThrows(
                AccessException.class,
                () -> AccessControl.builder()
                        .key(AccessKey.can("123456"))
                        .build()
                        .establish(chip));

        assertEquals(AccessException.Reason.NOT_SUPPORTED, e.reason());
        assertEquals(
                "the chip offers no PACE and BAC needs the MRZ data (document number, date of birth, date of expiry);"
                        + " a CAN alone cannot open this card",
                e.getMessage());
    }

    @Test
    void paceAskedForButNotOffered() {
        ScriptedTransport chip = noCardAccess(new ScriptedTransport());

        AccessException e = assertThrows(
                AccessException.class,
                () -> AccessControl.builder()
                        .key(D3_KEY)
                        .protocol(ProtocolChoice.PACE)
                        .build()
                        .establish(chip));

        assertEquals(AccessException.Reason.PACE_NOT_OFFERED, e.reason());
    }

    @Test
    void onlyIntegratedMappingOfferedWithACan() {
        ScriptedTransport chip = cardAccess(new ScriptedTransport(), CARD_ACCESS_IM);

        AccessException e = assertThrows(
                AccessException.class,
                () -> AccessControl.builder()
                        .key(AccessKey.can("123456"))
                        .build()
                        .establish(chip));

        assertEquals(AccessException.Reason.NOT_SUPPORTED, e.reason());
        assertEquals(
                "IM not supported yet: the chip offers id-PACE-ECDH-IM-AES-CBC-CMAC-128 (Integrated Mapping); only"
                        + " Generic Mapping is implemented",
                e.getMessage());
    }

    @Test
    void bacOnlySkipsEfCardAccess() {
        ScriptedTransport chip = bac(new ScriptedTransport());

        AccessSession session = AccessControl.builder()
                .key(D3_KEY)
                .protocol(ProtocolChoice.BAC)
                .random(bacRandom())
                .build()
                .establish(chip);

        chip.assertFinished();
        assertEquals(AccessProtocol.BAC, session.report().protocol());
        assertEquals(
                "AccessControl[MRZ, BAC]",
                AccessControl.builder()
                        .key(D3_KEY)
                        .protocol(ProtocolChoice.BAC)
                        .build()
                        .toString());
    }
}
