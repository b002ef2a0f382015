package vn.smartcity.testkit.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Signature;
import java.util.Arrays;
import java.util.stream.Stream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.Dg15;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;
import vn.smartcity.card.mrz.BacKeySeed;
import vn.smartcity.testkit.chip.internal.Bytes;
import vn.smartcity.testkit.chip.internal.Der;

/**
 * The simulated chip's state machine with the test terminal: BAC and PACE in every simulated
 * variant, reading, access rules, secure messaging errors and the difficult-card options. The
 * chip's data are synthetic; the published vectors are in {@link PublishedVectorsTest}.
 */
class SimulatedChipTest {

    private static final ChipContent CONTENT = ChipContent.sampleCitizen();
    private static final byte[] DG1 = CONTENT.file(LdsFileId.DG1).orElseThrow();
    private static final byte[] DG2 = CONTENT.file(LdsFileId.DG2).orElseThrow();

    private static SimulatedChip chip() {
        return SimulatedChip.builder().random(ChipRandom.seeded(1)).build();
    }

    private static TestTerminal pace(SimulatedChip chip) {
        TestTerminal terminal = new TestTerminal(chip);
        assertEquals(0x9000, terminal.selectApplication().sw());
        assertEquals(
                0x9000,
                terminal.pace(PaceOption.DEFAULT, 0x02, TestTerminal.canPassword("012345"), ChipRandom.seeded(2)));
        return terminal;
    }

    private static TestTerminal bac(SimulatedChip chip) {
        TestTerminal terminal = new TestTerminal(chip);
        assertEquals(0x9000, terminal.selectApplication().sw());
        assertEquals(0x9000, terminal.bac(CONTENT.bacKeySeed(), Bytes.hex("0102030405060708"), new byte[16]));
        return terminal;
    }

    private static int sw(SimulatedChip chip, String apdu) {
        return ResponseApdu.parse(chip.transmit(Bytes.hex(apdu))).sw();
    }

    static Stream<Arguments> paceOptions() {
        return Stream.of(
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.BRAINPOOL_P256R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.SECP256R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_192, StandardizedDomainParameters.BRAINPOOL_P384R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_256, StandardizedDomainParameters.SECP521R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_256, StandardizedDomainParameters.BRAINPOOL_P512R1),
                Arguments.of(PaceProtocol.ECDH_GM_3DES_CBC_CBC, StandardizedDomainParameters.BRAINPOOL_P256R1),
                Arguments.of(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.SECP192R1),
                Arguments.of(PaceProtocol.DH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.MODP_1024_160),
                Arguments.of(PaceProtocol.DH_GM_AES_CBC_CMAC_192, StandardizedDomainParameters.MODP_2048_224),
                Arguments.of(PaceProtocol.DH_GM_3DES_CBC_CBC, StandardizedDomainParameters.MODP_2048_256));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("paceOptions")
    void paceWithTheCanOpensSecureMessaging(PaceProtocol protocol, StandardizedDomainParameters parameters) {
        PaceOption option = new PaceOption(protocol, parameters);
        SimulatedChip chip = SimulatedChip.builder()
                .content(ChipContent.builder().pace(option).build())
                .random(ChipRandom.seeded(3))
                .build();
        TestTerminal terminal = new TestTerminal(chip);
        assertEquals(0x9000, terminal.selectApplication().sw());
        assertEquals(0x9000, terminal.pace(option, 0x02, TestTerminal.canPassword("012345"), ChipRandom.seeded(4)));
        assertTrue(chip.secureMessaging());
        assertArrayEquals(chip.content().file(LdsFileId.DG1).orElseThrow(), terminal.readFile(LdsFileId.DG1, 0xDF));
    }

    @Test
    void paceWithTheMrzWorksToo() {
        SimulatedChip chip = chip();
        TestTerminal terminal = new TestTerminal(chip);
        assertEquals(
                0x9000,
                terminal.pace(
                        PaceOption.DEFAULT,
                        0x01,
                        TestTerminal.mrzPassword(CONTENT.bacKeySeed()),
                        ChipRandom.seeded(5)));
        terminal.selectApplication();
        assertArrayEquals(DG1, terminal.readFile(LdsFileId.DG1, 0xDF));
    }

    @Test
    void aWrongCanFailsTheMutualAuthenticationWithoutAToken() {
        SimulatedChip chip = chip();
        TestTerminal terminal = new TestTerminal(chip);
        terminal.selectApplication();
        assertEquals(
                0x6300,
                terminal.pace(PaceOption.DEFAULT, 0x02, TestTerminal.canPassword("012346"), ChipRandom.seeded(6)));
        assertEquals(0, terminal.lastPaceAnswer.length, "no token for the terminal");
        assertFalse(chip.secureMessaging());
        assertEquals(0x9000, terminal.select(LdsFileId.DG1.fileId()).sw());
        assertEquals(
                0x6982,
                terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                        .sw());
        assertEquals(0x6985, sw(chip, "008600000C7C0A8508" + "0000000000000000" + "00"), "the PACE run is over");
    }

    @Test
    void bacWithTheMrzOpensSecureMessagingAndAWrongMrzGives6300() {
        TestTerminal terminal = bac(chip());
        assertArrayEquals(DG1, terminal.readFile(LdsFileId.DG1, 0xDF));

        SimulatedChip chip = chip();
        TestTerminal wrong = new TestTerminal(chip);
        assertEquals(0x6300, wrong.bac(BacKeySeed.of("195012345", "950304", "350305"), new byte[8], new byte[16]));
        assertFalse(chip.secureMessaging());
    }

    @Test
    void readsWithShortFileIdentifiersOffsetsAndOddInstruction() {
        TestTerminal terminal = pace(chip());
        // B0 with SFI 02 (DG2) in P1, offset in P2.
        ResponseApdu head = terminal.send(CommandApdu.of(0x00, 0xB0, 0x82, 0x00, new byte[0], 4));
        assertArrayEquals(Arrays.copyOf(DG2, 4), head.data());
        // B0 on the file just selected, offset 300.
        ResponseApdu middle = terminal.send(CommandApdu.of(0x00, 0xB0, 0x01, 0x2C, new byte[0], 16));
        assertArrayEquals(Arrays.copyOfRange(DG2, 300, 316), middle.data());
        // B1: offset 1000 in DO'54', data in DO'53', file by SFI in P2.
        ResponseApdu odd = terminal.send(CommandApdu.of(
                0x00, 0xB1, 0x00, 0x02, Der.tlv(0x54, new byte[] {0x03, (byte) 0xE8}), 20));
        assertArrayEquals(Der.tlv(0x53, Arrays.copyOfRange(DG2, 1000, 1018)), odd.data());
        // Past the end: 6B00; near the end: the bytes left.
        int end = DG2.length;
        assertEquals(
                0x6B00,
                terminal.send(CommandApdu.of(0x00, 0xB0, end >> 8, end & 0xFF, new byte[0], 4))
                        .sw());
        ResponseApdu tail =
                terminal.send(CommandApdu.of(0x00, 0xB0, (end - 3) >> 8, (end - 3) & 0xFF, new byte[0], 16));
        assertArrayEquals(Arrays.copyOfRange(DG2, end - 3, end), tail.data());
    }

    @Test
    void readsAWholeDataGroupInOneExtendedApdu() {
        TestTerminal terminal = pace(chip()).extended(true);
        terminal.select(LdsFileId.DG2.fileId());
        ResponseApdu whole = terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 65536));
        assertArrayEquals(DG2, whole.data());
    }

    @Test
    void aShortProtectedAnswerCarriesWhatFits() {
        TestTerminal terminal = pace(chip());
        terminal.select(LdsFileId.DG2.fileId());
        ResponseApdu part = terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 256));
        assertEquals(0x9000, part.sw());
        assertEquals(223, part.dataLength(), "223 bytes pad to 224, the most a 256-byte protected answer holds");
    }

    @Test
    void cardAccessAndAtrInfoAreReadableInTheClearButDataGroupsAreNot() {
        SimulatedChip chip = chip();
        TestTerminal terminal = new TestTerminal(chip);
        assertEquals(0x9000, terminal.select(LdsFileId.CARD_ACCESS.fileId()).sw());
        ResponseApdu access = terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 256));
        assertArrayEquals(CONTENT.file(LdsFileId.CARD_ACCESS).orElseThrow(), access.data());
        ResponseApdu bySfi = terminal.send(CommandApdu.of(0x00, 0xB0, 0x9C, 0x00, new byte[0], 256));
        assertArrayEquals(access.data(), bySfi.data());
        assertEquals(0x9000, terminal.select(0x2F01).sw());
        ResponseApdu info = terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 256));
        assertArrayEquals(Bytes.hex("470394" + "01C0" + "7F66080202FFFF0202FFFF"), info.data());

        assertEquals(0x6A82, terminal.select(LdsFileId.DG1.fileId()).sw(), "not in the master file");
        terminal.selectApplication();
        assertEquals(0x9000, terminal.select(LdsFileId.DG1.fileId()).sw());
        assertEquals(
                0x6982,
                terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                        .sw());
        assertEquals(
                0x6982,
                terminal.send(CommandApdu.of(0x00, 0xB0, 0x8E, 0x00, new byte[0], 4))
                        .sw(),
                "DG14");
        ResponseApdu stillFree = terminal.send(CommandApdu.of(0x00, 0xB0, 0x9C, 0x00, new byte[0], 256));
        assertArrayEquals(access.data(), stillFree.data(), "EF.CardAccess by SFI from the application");
    }

    @Test
    void dg3AndDg4AnswerSecurityStatusNotSatisfiedEvenUnderSecureMessaging() {
        TestTerminal terminal = pace(chip());
        for (LdsFileId id : new LdsFileId[] {LdsFileId.DG3, LdsFileId.DG4}) {
            assertEquals(0x9000, terminal.select(id.fileId()).sw());
            assertEquals(
                    0x6982,
                    terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                            .sw());
        }
        assertEquals(0x6A82, terminal.select(LdsFileId.DG5.fileId()).sw());
    }

    @Test
    void aWrongCommandMacAnswers6988AndEndsTheSession() {
        SimulatedChip chip = chip();
        TestTerminal terminal = pace(chip);
        byte[] wrapped = terminal.wrap(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Bytes.hex("0101")))
                .toBytes();
        wrapped[wrapped.length - 2] ^= 0x01; // the MAC's last byte, before Le
        assertEquals(0x6988, ResponseApdu.parse(chip.transmit(wrapped)).sw());
        assertFalse(chip.secureMessaging());
        terminal.forgetSession();
        terminal.select(LdsFileId.DG1.fileId());
        assertEquals(
                0x6982,
                terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                        .sw());
    }

    @Test
    void aProtectedCommandWithoutMacAnswers6987() {
        SimulatedChip chip = chip();
        pace(chip);
        assertEquals(0x6987, sw(chip, "0CB00000039701" + "0400"));
        assertFalse(chip.secureMessaging());
        assertEquals(0x6988, sw(chip, "0CB000000E9701048E08000000000000000000"), "no session any more");
    }

    @Test
    void aPlainCommandEndsSecureMessaging() {
        SimulatedChip chip = chip();
        pace(chip);
        assertTrue(chip.secureMessaging());
        assertEquals(0x9000, sw(chip, "00A4040C07A0000002471001"));
        assertFalse(chip.secureMessaging());
    }

    @Test
    void activeAuthenticationSignsTheChallengeWithTheDg15Key() throws Exception {
        TestTerminal terminal = pace(chip());
        byte[] challenge = Bytes.hex("1122334455667788");
        ResponseApdu answer = terminal.send(CommandApdu.of(0x00, 0x88, 0x00, 0x00, challenge, 256));
        assertEquals(0x9000, answer.sw());
        assertEquals(64, answer.dataLength());
        Signature verifier = Signature.getInstance("SHA256withPLAIN-ECDSA", new BouncyCastleProvider());
        verifier.initVerify(
                Dg15.parse(CONTENT.file(LdsFileId.DG15).orElseThrow()).publicKey());
        verifier.update(challenge);
        assertTrue(verifier.verify(answer.data()));

        assertEquals(0x6982, sw(chip(), "0088000008112233445566778800"), "only under secure messaging");
    }

    @Test
    void paceStepsMustComeInOrderAndChained() {
        SimulatedChip chip = chip();
        assertEquals(0x6985, sw(chip, "10860000027C0000"), "no MSE:Set AT");
        assertEquals(0x9000, sw(chip, "0022C1A40F800A04007F00070202040202830102"));
        assertEquals(0x6985, sw(chip, "00860000027C0000"), "step 1 must be chained");
        assertEquals(0x9000, sw(chip, "0022C1A40F800A04007F00070202040202830102"));
        assertEquals(0x6A80, sw(chip, "10860000047C02810000"), "step 1 carries no data object");
        assertEquals(0x6A80, sw(chip, "0022C1A40F800A04007F00070202040201830102"), "3DES is not offered");
        assertEquals(0x6A88, sw(chip, "0022C1A40F800A04007F00070202040202830103"), "no PIN on this card");
        assertEquals(0x6A86, sw(chip, "0022C1B60F800A04007F00070202040202830102"));
    }

    @Test
    void badApdusGetStatusWords() {
        SimulatedChip chip = chip();
        assertEquals(0x6D00, sw(chip, "00CA010000"));
        assertEquals(0x6E00, sw(chip, "80A4040C07A0000002471001"));
        assertEquals(0x6700, sw(chip, "00A4"), "not an APDU");
        assertEquals(0x6700, sw(chip, "0084000004"), "a challenge is 8 bytes");
        assertEquals(0x6985, sw(chip, "0082000028" + "00".repeat(40) + "28"), "no challenge asked");
        assertEquals(0x6986, sw(chip, "00B0000004"), "no current file");
        assertEquals(0x6A82, sw(chip, "00A4040C07A0000002471002"));
        assertEquals(0x6A86, sw(chip, "00A4080C02011C"));
        assertEquals(0x6884, sw(chip, "10A4040C07A0000002471001"), "chaining only for GENERAL AUTHENTICATE");
        assertEquals(0x6988, sw(chip, "0CB000000D9701048E08000000000000000000"), "SM without a session");
    }

    // ------------------------------------------------------------------ difficult cards

    @Test
    void aChipThatRefusesPaceStillDoesBac() {
        SimulatedChip chip = SimulatedChip.builder().refusePace().build();
        assertEquals(0x6A80, sw(chip, "0022C1A40F800A04007F00070202040202830102"));
        TestTerminal terminal = bac(chip);
        assertArrayEquals(DG1, terminal.readFile(LdsFileId.DG1, 0xDF));
    }

    @Test
    void aChipWithoutPaceHasNoCardAccess() {
        SimulatedChip chip = SimulatedChip.builder()
                .content(ChipContent.builder().pace().build())
                .build();
        assertEquals(0x6A82, sw(chip, "00A4020C02011C"));
        assertEquals(0x6A80, sw(chip, "0022C1A40F800A04007F00070202040202830102"));
    }

    @Test
    void aChipThatDoesNotKnowSelectMf() {
        SimulatedChip chip =
                SimulatedChip.builder().selectMasterFileUnsupported().build();
        assertEquals(0x6D00, sw(chip, "00A4000C023F00"));
        assertEquals(0x6D00, sw(chip, "00A40000"));
        assertEquals(0x9000, sw(chip, "00A4040C07A0000002471001"));
    }

    @Test
    void aDroppedConnectionWorksAfterResetWithAccessControlAgain() {
        SimulatedChip chip = SimulatedChip.builder()
                .random(ChipRandom.seeded(8))
                .dropConnectionAt(9)
                .build();
        TestTerminal terminal = pace(chip); // commands 1 to 6
        terminal.select(LdsFileId.DG1.fileId()); // 7
        terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4)); // 8
        CardIoException lost = assertThrows(
                CardIoException.class, () -> terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x04, new byte[0], 4)));
        assertEquals(Reason.CARD_LOST, lost.reason());
        assertEquals("the simulated chip dropped the connection (command 9)", lost.getMessage());
        CardIoException still = assertThrows(CardIoException.class, () -> sw(chip, "00A4040C07A0000002471001"));
        assertEquals("the simulated chip is lost until reset", still.getMessage());

        chip.reset();
        assertFalse(chip.secureMessaging());
        TestTerminal again = new TestTerminal(chip);
        again.selectApplication();
        again.select(LdsFileId.DG1.fileId());
        assertEquals(
                0x6982,
                again.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                        .sw());
        assertArrayEquals(DG1, pace(chip).readFile(LdsFileId.DG1, 0xDF), "once is enough");
    }

    @Test
    void aCorruptedResponseMacIsCaughtByTheTerminal() {
        SimulatedChip chip = SimulatedChip.builder().corruptResponseMacAt(2).build();
        TestTerminal terminal = pace(chip);
        assertEquals(0x9000, terminal.select(LdsFileId.DG1.fileId()).sw());
        assertThrows(
                TestTerminal.BadMacException.class,
                () -> terminal.send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4)));
    }

    @Test
    void aChipWithoutExtendedLength() {
        SimulatedChip chip = SimulatedChip.builder().extendedLength(false).build();
        assertFalse(chip.supportsExtendedLength());
        assertEquals((byte) 0x80, chip.atr()[chip.atr().length - 2], "card capabilities without extended Lc/Le");
        assertEquals(0x6700, sw(chip, "00B00000000100"), "an extended Le");
        assertEquals(
                0x6700,
                chip.transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 1000))
                        .sw());
        assertEquals(0x9000, sw(chip, "00A4020C02011C"));
        assertTrue(SimulatedChip.sampleCitizen().supportsExtendedLength());
    }

    @Test
    void theAtrIsAContactlessPcscAtr() {
        assertEquals("3B858001807394" + "01C0A2", Bytes.hex(chip().atr()));
    }

    @Test
    void seededChipsAreRepeatable() {
        byte[] one = ResponseApdu.parse(SimulatedChip.builder()
                        .random(ChipRandom.seeded(9))
                        .build()
                        .transmit(Bytes.hex("0084000008")))
                .data();
        byte[] two = ResponseApdu.parse(SimulatedChip.builder()
                        .random(ChipRandom.seeded(9))
                        .build()
                        .transmit(Bytes.hex("0084000008")))
                .data();
        assertArrayEquals(one, two);
    }

    @Test
    void aClosedChipRefusesCommands() {
        SimulatedChip chip = chip();
        chip.close();
        CardIoException e = assertThrows(CardIoException.class, () -> chip.transmit(Bytes.hex("0084000008")));
        assertEquals(Reason.TRANSPORT, e.reason());
        assertEquals(
                Reason.TRANSPORT,
                assertThrows(CardIoException.class, chip::reset).reason());
        assertFalse(chip.toString().contains("012345"));
    }

    @Test
    void rejectsBuilderValuesOutOfRange() {
        IllegalArgumentException drop = assertThrows(
                IllegalArgumentException.class, () -> SimulatedChip.builder().dropConnectionAt(0));
        assertEquals("command number 0 must be at least 1", drop.getMessage());
        IllegalArgumentException mac = assertThrows(
                IllegalArgumentException.class, () -> SimulatedChip.builder().corruptResponseMacAt(-1));
        assertEquals("response number -1 must be at least 1", mac.getMessage());
    }
}
