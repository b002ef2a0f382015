package vn.smartcity.testkit.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.smartcity.testkit.chip.internal.Bytes.hex;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.LdsFileId;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;
import vn.smartcity.card.mrz.BacKeySeed;
import vn.smartcity.testkit.chip.internal.Bytes;
import vn.smartcity.testkit.chip.internal.PaceGroup;
import vn.smartcity.testkit.chip.internal.SmSession;
import vn.smartcity.testkit.chip.internal.Suite;

/**
 * The chip's side of the published worked examples, replayed APDU by APDU against the simulated
 * chip with its random values fixed to the example's.
 *
 * <p>Sources. ICAO Doc 9303 Part 11 (Eighth Edition, 2021): Appendix D.2 (BAC keys), D.3 (BAC
 * authentication), D.4 (secure messaging), Appendix G.1 (PACE, ECDH generic mapping on
 * brainpoolP256r1) and G.2 (PACE, DH generic mapping on the RFC 5114 1024-bit group). The values
 * were read, through the code search, in repositories that test against them: gmrtd/gmrtd {@code
 * bac/bac_test.go} (D.2, D.3 request and response), {@code iso7816/nfc_session_test.go} (the D.4
 * APDUs and responses, {@code TestNfcSessionSecureMessagingTDES}) and {@code pace/pace_test.go}
 * (the G.1 APDU transcript, {@code TestDoPace_GM_ECDH}); zienit/icao-examples {@code
 * src/test/java/nl/zienit/icao_examples/BACTest.java}, {@code SMTest.java}, {@code
 * PACE_ECDH_GMTest.java} and {@code PACE_DH_GMTest.java} (keys, nonces, public keys, tokens). The
 * chip's ephemeral private keys of G.1 ({@code 498FF497…}, {@code 107CF586…}) and G.2 ({@code
 * 66DDAFEA…}, {@code A5B78012…}) appear in several public test suites quoting Appendix G; they are
 * confirmed here by the chip reproducing the published public keys.
 */
class PublishedVectorsTest {

    /** Doc 9303 Part 11 Appendix D.2: MRZ information {@code L898902C<369080619406236}. */
    private static final BacKeySeed D2_SEED = BacKeySeed.of("L898902C", "690806", "940623");

    /** Appendix D.4: EF.COM of the example, {@code 60 14 5F01 "0106" 5F36 "040000" 5C 61 75}. */
    private static final byte[] D4_EF_COM = hex("60145F0104303130365F36063034303030305C026175");

    /** Appendix G: MRZ information of the PACE example, T22000129 / 640812 / 101031. */
    private static final BacKeySeed G_SEED = BacKeySeed.of("T22000129", "640812", "101031");

    private static ResponseApdu send(SimulatedChip chip, String apdu) {
        return ResponseApdu.parse(chip.transmit(hex(apdu)));
    }

    @Test
    void keyDerivationMatchesAppendixD2AndG() {
        // D.2: Kseed = first 16 bytes of SHA-1(MRZ information); KEnc, KMAC by the 3DES KDF.
        byte[] kSeed = java.util.Arrays.copyOf(TestTerminal.sha1(D2_SEED.bytes()), 16);
        assertArrayEquals(hex("239AB9CB282DAF66231DC5A4DF6BFBAE"), kSeed);
        assertArrayEquals(hex("AB94FDECF2674FDFB9B391F85D7F76F2"), Suite.DES3.deriveKey(kSeed, Suite.ENC));
        assertArrayEquals(hex("7962D9ECE03D1ACD4C76089DCE131543"), Suite.DES3.deriveKey(kSeed, Suite.MAC));
        // D.3: session keys from Kseed = K.IFD xor K.IC.
        byte[] sessionSeed = hex("0036D272F5C350ACAC50C3F572D23600");
        assertArrayEquals(hex("979EC13B1CBFE9DCD01AB0FED307EAE5"), Suite.DES3.deriveKey(sessionSeed, Suite.ENC));
        assertArrayEquals(hex("F1CB1F1FB5ADF208806B89DC579DC1F8"), Suite.DES3.deriveKey(sessionSeed, Suite.MAC));
        // G.1: π = SHA-1(MRZ information), Kπ by the AES-128 KDF with counter 3.
        byte[] pi = TestTerminal.sha1(G_SEED.bytes());
        assertArrayEquals(hex("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD"), pi);
        assertArrayEquals(hex("89DED1B26624EC1E634C1989302849DD"), Suite.AES128.deriveKey(pi, Suite.PACE));
        // G.1: session keys from K = 28768D20...
        byte[] k = hex("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925");
        assertArrayEquals(hex("F5F0E35C0D7161EE6724EE513A0D9A7F"), Suite.AES128.deriveKey(k, Suite.ENC));
        assertArrayEquals(hex("FE251C7858B356B24514B3BD5F4297D1"), Suite.AES128.deriveKey(k, Suite.MAC));
    }

    /**
     * D.3 and D.4 on the chip's side: with RND.IC = 4608F91988702212 and K.IC =
     * 0B4F80323EB3191CB04970CB4052790B fixed, the chip answers the terminal's EXTERNAL AUTHENTICATE
     * with the published cryptogram, then accepts the three protected commands of D.4 and answers
     * each with the published protected response.
     */
    @Test
    void basicAccessControlAndSecureMessagingMatchAppendicesD3AndD4() {
        ChipContent content = ChipContent.builder()
                .bacKeySeed(D2_SEED)
                .file(LdsFileId.COM, D4_EF_COM)
                .build();
        SimulatedChip chip = SimulatedChip.builder()
                .content(content)
                .random(TestTerminal.scripted(
                        List.of(hex("4608F91988702212"), hex("0B4F80323EB3191CB04970CB4052790B")), List.of()))
                .build();
        // D.4 starts in the selected application; selecting it before BAC changes no counter.
        assertEquals(0x9000, send(chip, "00A4040C07A0000002471001").sw());

        assertEquals("4608F919887022129000", Bytes.hex(chip.transmit(hex("0084000008"))));
        assertEquals(
                "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000",
                Bytes.hex(chip.transmit(hex("0082000028"
                        + "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                        + "5F1448EEA8AD90A728"))));

        // D.4: SELECT EF.COM, READ BINARY 4 bytes, READ BINARY 18 bytes from offset 4.
        assertEquals(
                "990290008E08FA855A5D4C50A8ED9000",
                Bytes.hex(chip.transmit(hex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"))));
        assertEquals(
                "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000",
                Bytes.hex(chip.transmit(hex("0CB000000D9701048E08ED6705417E96BA5500"))));
        assertEquals(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000",
                Bytes.hex(chip.transmit(hex("0CB000040D9701128E082EA28A70F3C7B53500"))));
    }

    @Test
    void wrongMrzFailsExternalAuthenticateWith6300() {
        // The D.3 terminal cryptogram sent to a chip whose MRZ information differs.
        SimulatedChip chip = SimulatedChip.builder()
                .content(ChipContent.builder()
                        .bacKeySeed(BacKeySeed.of("L898902C", "690806", "940624"))
                        .build())
                .random(TestTerminal.scripted(List.of(hex("4608F91988702212")), List.of()))
                .build();
        send(chip, "0084000008");
        ResponseApdu answer = send(
                chip,
                "0082000028" + "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                        + "5F1448EEA8AD90A728");
        assertEquals(0x6300, answer.sw());
        assertEquals(0, answer.dataLength());
        assertEquals(false, chip.secureMessaging());
    }

    /**
     * G.1: id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1, password MRZ. With the chip's nonce
     * s = 3F00C4D3 9D153F2B 2A214A07 8D899B22 and its two ephemeral private keys fixed, every
     * GENERAL AUTHENTICATE answer equals the published one (gmrtd/gmrtd pace/pace_test.go
     * TestDoPace_GM_ECDH gives the APDUs, zienit/icao-examples PACE_ECDH_GMTest.java the values).
     */
    @Test
    void paceEcdhGenericMappingMatchesAppendixG1() {
        SimulatedChip chip = SimulatedChip.builder()
                .content(ChipContent.builder()
                        .bacKeySeed(G_SEED)
                        .pace(new PaceOption(
                                PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.BRAINPOOL_P256R1))
                        .build())
                .random(TestTerminal.scripted(
                        List.of(hex("3F00C4D39D153F2B2A214A078D899B22")),
                        List.of(
                                new BigInteger("498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560", 16),
                                new BigInteger(
                                        "107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A", 16))))
                .build();
        assertEquals(0x9000, send(chip, "00A4040C07A0000002471001").sw());
        assertEquals("9000", Bytes.hex(chip.transmit(hex("0022C1A40F800A04007F00070202040202830101"))));
        assertEquals("7C12801095A3A016522EE98D01E76CB6B98B42C39000", Bytes.hex(chip.transmit(hex("10860000027C0000"))));
        assertEquals(
                "7C43824104824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                        + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C549000",
                Bytes.hex(chip.transmit(hex("10860000457C438141047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896F"
                        + "C70262E0C2CC5E544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D00"))));
        assertEquals(
                "7C438441049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                        + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F0949000",
                Bytes.hex(chip.transmit(hex("10860000457C438341042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122"
                        + "F3A5EF0D5EDD301C3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB3646200"))));
        assertEquals(
                "7C0A86083ABB9674BCE93C089000", Bytes.hex(chip.transmit(hex("008600000C7C0A8508C2B0BD78D94BA86600"))));
        // G.1's session keys and a zero SSC: a command protected with them is accepted and answered.
        TestTerminal terminal = new TestTerminal(chip);
        terminal.start(
                Suite.AES128,
                hex("F5F0E35C0D7161EE6724EE513A0D9A7F"),
                hex("FE251C7858B356B24514B3BD5F4297D1"),
                new byte[16]);
        assertEquals(0x9000, terminal.select(LdsFileId.DG1.fileId()).sw());
        assertArrayEquals(chip.content().file(LdsFileId.DG1).orElseThrow(), terminal.readFile(LdsFileId.DG1, 200));
    }

    /**
     * G.2: id-PACE-DH-GM-AES-CBC-CMAC-128 on the 1024-bit MODP group (parameter 0), password MRZ.
     * Nonce s = FA5B7E3E 49753A0D B9178B7B 9BD898C8, chip keys fixed; z, the chip's two public values
     * and its token T_IC = 917F37B5 C0E6D8D1 are those published (zienit/icao-examples
     * PACE_DH_GMTest.java).
     */
    @Test
    void paceDhGenericMappingMatchesAppendixG2() {
        PaceOption dh = new PaceOption(PaceProtocol.DH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.MODP_1024_160);
        SimulatedChip chip = SimulatedChip.builder()
                .content(ChipContent.builder().bacKeySeed(G_SEED).pace(dh).build())
                .random(TestTerminal.scripted(
                        List.of(hex("FA5B7E3E49753A0DB9178B7B9BD898C8")),
                        List.of(
                                new BigInteger("66DDAFEAC1609CB5B963BB0CB3FF8B3E047F336C", 16),
                                new BigInteger("A5B780126B7C980E9FCEA1D4539DA1D27C342DFA", 16))))
                .build();
        PaceGroup group = PaceGroup.of(StandardizedDomainParameters.MODP_1024_160);
        byte[] terminalMapping = group.publicKey(new BigInteger("5265030F751F4AD18B08AC565FC7AC952E41618D", 16));
        assertEquals(
                "23FB3749EA030D2A25B278D2A562047ADE3F01B74F17A15402CB7352CA7D2B3EB71C343DB13D1DEBCE9A3666DBCFC920"
                        + "B49174A602CB47965CAA73DC702489A44D41DB914DE9613DC5E98C94160551C0DF86274B9359BC0490D01B03AD54022D"
                        + "CB4F57FAD6322497D7A1E28D46710F461AFE710FBBBC5F8BA166F4311975EC6C",
                Bytes.hex(terminalMapping));

        byte[] chipMapping = hex("78879F57225AA8080D52ED0FC890A4B25336F699AA89A2D3A189654AF70729E6"
                + "23EA5738B26381E4DA19E004706FACE7B235C2DBF2F38748312F3C98C2DD4882"
                + "A41947B324AA1259AC22579DB93F7085655AF30889DBB845D9E6783FE42C9F24"
                + "49400306254C8AE8EE9DD812A804C0B66E8CAFC14F84D8258950A91B44126EE6");
        PaceGroup mapped = group.map(
                hex("FA5B7E3E49753A0DB9178B7B9BD898C8"),
                new BigInteger("5265030F751F4AD18B08AC565FC7AC952E41618D", 16),
                chipMapping);
        byte[] terminalKey = mapped.publicKey(new BigInteger("89CCD99B0E8D3B1F11E1296DCA68EC53411CF2CA", 16));
        assertEquals(
                "907D89E2D425A178AA81AF4A7774EC8E388C115CAE67031E85EECE520BD911551B9AE4D04369F29A02626C86FBC674"
                        + "7CC7BC352645B6161A2A42D44EDA80A08FA8D61B76D3A154AD8A5A51786B0BC07147057871A922212C5F67F431731722"
                        + "36B7747D1671E6D692A3C7D40A0C3C5CE397545D015C175EB5130551EDBC2EE5D4",
                Bytes.hex(terminalKey));

        // MSE:Set AT: OID 0.4.0.127.0.7.2.2.4.1.2, password MRZ (01), parameter 0.
        assertEquals("9000", Bytes.hex(chip.transmit(hex("0022C1A412800A04007F00070202040102830101840100"))));
        assertEquals("7C128010854D8DF5827FA6852D1A4FA701CDDDCA9000", Bytes.hex(chip.transmit(hex("10860000027C0000"))));
        assertEquals(
                "7C8183828180" + Bytes.hex(chipMapping) + "9000",
                Bytes.hex(chip.transmit(hex("1086000086" + "7C8183818180" + Bytes.hex(terminalMapping) + "00"))));
        assertEquals(
                "7C8183848180"
                        + "075693D9AE941877573E634B6E644F8E60AF17A0076B8B123D9201074D36152B"
                        + "D8B3A213F53820C42ADC79AB5D0AEEC3AEFB91394DA476BD97B9B14D0A65C1FC"
                        + "71A0E019CB08AF55E1F729005FBA7E3FA5DC41899238A250767A6D46DB974064"
                        + "386CD456743585F8E5D90CC8B4004B1F6D866C79CE0584E49687FF61BC29AEA1"
                        + "9000",
                Bytes.hex(chip.transmit(hex("1086000086" + "7C8183838180" + Bytes.hex(terminalKey) + "00"))));
        // T_IFD = B46DD9BD 4D98381F over the chip's key; the chip answers T_IC = 917F37B5 C0E6D8D1.
        assertEquals(
                "7C0A8608917F37B5C0E6D8D19000", Bytes.hex(chip.transmit(hex("008600000C7C0A8508B46DD9BD4D98381F00"))));
        assertEquals(true, chip.secureMessaging());
    }

    /**
     * AES secure messaging on the chip's side against a third-party transcript: gmrtd/gmrtd
     * iso7816/nfc_session_test.go, TestNfcSessionSecureMessagingAES (AES-256 session keys, SSC
     * starting at 0x20, EF.COM read in three protected exchanges; the source of the transcript is
     * not stated there). The chip's session opens each command and protects each plain answer to the
     * very bytes of the transcript.
     */
    @Test
    void aesSecureMessagingMatchesAThirdPartyTranscript() {
        SmSession session = new SmSession(
                Suite.AES256,
                hex("74B94F408BBB2CD92571FD5B6370A94CCE7A2FA42AE3EB4DA47B97CE6EAA24C6"),
                hex("9E28D5D9FF1D979BE752E8926BF0E1D35A440FC0AEFC4AA3BC5610055AC8B113"),
                hex("00000000000000000000000000000020"));
        byte[] efCom = hex("60185F0104303130385F36063034303030305C06617563766D6E");

        CommandApdu select = session.unwrap(
                CommandApdu.parse(hex("0CA4020C1D8711011D35E7EB510E21A0DD12380D9AD2B92D8E0828CB68B81D3FAFC000")));
        assertEquals(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, hex("011E")), select);
        assertEquals(
                "990290008E08E083EAA61ADABFCE9000",
                Bytes.hex(session.wrap(ResponseApdu.of(0x9000), false, false).toBytes()));

        CommandApdu head = session.unwrap(CommandApdu.parse(hex("0CB000000D9701048E084AFC933E0CDBE5F000")));
        assertEquals(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4), head);
        assertEquals(
                "871101D8059A9CF835105082CA2B1837E4AEC0990290008E08B36DB56761D706BB9000",
                Bytes.hex(session.wrap(ResponseApdu.of(java.util.Arrays.copyOf(efCom, 4), 0x9000), false, false)
                        .toBytes()));

        CommandApdu rest = session.unwrap(CommandApdu.parse(hex("0CB000040D9701168E0811F7EFC907D1F27400")));
        assertEquals(CommandApdu.of(0x00, 0xB0, 0x00, 0x04, new byte[0], 0x16), rest);
        assertEquals(
                "87210142E919C115FAF69350B01813D77A9E8D91912A7F717AFD073F199070E61B79C6990290008E083382E3D983F44136"
                        + "9000",
                Bytes.hex(session.wrap(
                                ResponseApdu.of(java.util.Arrays.copyOfRange(efCom, 4, efCom.length), 0x9000),
                                false,
                                false)
                        .toBytes()));
        assertArrayEquals(hex("00000000000000000000000000000026"), session.ssc());
    }
}
