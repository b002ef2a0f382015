package vn.smartcity.card.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.OptionalInt;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.access.internal.PaceGroup;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.lds.PaceInfo;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * PACE against the worked examples of ICAO Doc 9303 Part 11: Appendix G.1 (PACE-ECDH-GM with
 * brainpoolP256r1 and AES-128; "Appendix G" in the brief) and Appendix G.2 (PACE-DH-GM with the
 * RFC 5114 1024-bit group and AES-128; the DH worked example the brief calls "Appendix H"; in the 8th
 * edition both are in Appendix G). Both use the MRZ password of document T22000129, born 640812,
 * expiring 101031. The hex values are the appendix's, as reproduced in public implementations' tests
 * read for this: gboiano's csp/pace tests ("Appendix G.1 ... G.2"), velikodniy/jcexpress
 * IcaoAppendixG1PaceTest (APDU transcript of G.1), Proxmark3 client emrtd_pacetest.c.
 */
class PaceTest {

    private static final MrzKey KEY = AccessKey.mrz("T22000129", "640812", "101031");
    private static final String K_PI = "89DED1B26624EC1E634C1989302849DD";

    /** Appendix G.1, ECDH. */
    static final class Ecdh {
        static final String Z = "95A3A016522EE98D01E76CB6B98B42C3";
        static final String S = "3F00C4D39D153F2B2A214A078D899B22";
        static final String SK_MAP_IFD = "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99";
        static final String PK_MAP_IFD = "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
        static final String PK_MAP_IC = "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
        static final String G_HAT = "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
                + "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522";
        static final String SK_DH_IFD = "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595";
        static final String PK_DH_IFD = "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
        static final String PK_DH_IC = "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
        static final String SHARED = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925";
        static final String KS_ENC = "F5F0E35C0D7161EE6724EE513A0D9A7F";
        static final String KS_MAC = "FE251C7858B356B24514B3BD5F4297D1";
        static final String T_IFD = "C2B0BD78D94BA866";
        static final String T_IC = "3ABB9674BCE93C08";

        static ScriptedTransport transcript(String lastResponse) {
            return new ScriptedTransport()
                    .expect("0022C1A40F800A04007F00070202040202830101", "9000")
                    .expect("10860000027C0000", "7C128010" + Z + "9000")
                    .expect("10860000457C438141" + PK_MAP_IFD + "00", "7C438241" + PK_MAP_IC + "9000")
                    .expect("10860000457C438341" + PK_DH_IFD + "00", "7C438441" + PK_DH_IC + "9000")
                    .expect("008600000C7C0A8508" + T_IFD + "00", lastResponse);
        }
    }

    /** Appendix G.2 (8th edition), DH on the RFC 5114 1024-bit group. */
    static final class Dh {
        static final String Z = "854D8DF5827FA6852D1A4FA701CDDDCA";
        static final String S = "FA5B7E3E49753A0DB9178B7B9BD898C8";
        static final String SK_MAP_IFD = "5265030F751F4AD18B08AC565FC7AC952E41618D";
        static final String PK_MAP_IFD = "23FB3749EA030D2A25B278D2A562047ADE3F01B74F17A15402CB7352CA7D2B3E"
                + "B71C343DB13D1DEBCE9A3666DBCFC920B49174A602CB47965CAA73DC702489A4"
                + "4D41DB914DE9613DC5E98C94160551C0DF86274B9359BC0490D01B03AD54022D"
                + "CB4F57FAD6322497D7A1E28D46710F461AFE710FBBBC5F8BA166F4311975EC6C";
        static final String PK_MAP_IC = "78879F57225AA8080D52ED0FC890A4B25336F699AA89A2D3A189654AF70729E6"
                + "23EA5738B26381E4DA19E004706FACE7B235C2DBF2F38748312F3C98C2DD4882"
                + "A41947B324AA1259AC22579DB93F7085655AF30889DBB845D9E6783FE42C9F24"
                + "49400306254C8AE8EE9DD812A804C0B66E8CAFC14F84D8258950A91B44126EE6";
        static final String G_HAT = "7C9CBFE98F9FBDDA8D143506FA7D9306F4CB17E3C71707AFF5E1C1A123702496"
                + "84D64EE37AF44B8DBD9D45BF6023919CBAA027AB97ACC771666C8E98FF483301"
                + "BFA4872DEDE9034EDFACB70814166B7F360676829B826BEA57291B5AD69FBC84"
                + "EF1E779032A305803F74341793E869742D401325B37EE8565FFCDEE618342DC5";
        static final String SK_DH_IFD = "89CCD99B0E8D3B1F11E1296DCA68EC53411CF2CA";
        static final String PK_DH_IFD = "907D89E2D425A178AA81AF4A7774EC8E388C115CAE67031E85EECE520BD91155"
                + "1B9AE4D04369F29A02626C86FBC6747CC7BC352645B6161A2A42D44EDA80A08F"
                + "A8D61B76D3A154AD8A5A51786B0BC07147057871A922212C5F67F43173172236"
                + "B7747D1671E6D692A3C7D40A0C3C5CE397545D015C175EB5130551EDBC2EE5D4";
        static final String PK_DH_IC = "075693D9AE941877573E634B6E644F8E60AF17A0076B8B123D9201074D36152B"
                + "D8B3A213F53820C42ADC79AB5D0AEEC3AEFB91394DA476BD97B9B14D0A65C1FC"
                + "71A0E019CB08AF55E1F729005FBA7E3FA5DC41899238A250767A6D46DB974064"
                + "386CD456743585F8E5D90CC8B4004B1F6D866C79CE0584E49687FF61BC29AEA1";
        static final String SHARED = "6BABC7B3A72BCD7EA385E4C62DB2625BD8613B24149E146A629311C4CA6698E3"
                + "8B834B6A9E9CD7184BA8834AFF5043D436950C4C1E7832367C10CB8C314D40E5"
                + "990B0DF7013E64B4549E2270923D06F08CFF6BD3E977DDE6ABE4C31D55C0FA2E"
                + "465E553E77BDF75E3193D3834FC26E8EB1EE2FA1E4FC97C18C3F6CFFFE2607FD";
        static final String KS_ENC = "2F7F46ADCC9E7E521B45D192FAFA9126";
        static final String KS_MAC = "805A1D27D45A5116F73C54469462B7D8";
        static final String T_IFD = "B46DD9BD4D98381F";
        static final String T_IC = "917F37B5C0E6D8D1";
    }

    private static final PaceInfo ECDH_INFO =
            new PaceInfo(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, 2, OptionalInt.of(13));
    private static final PaceInfo DH_INFO = new PaceInfo(PaceProtocol.DH_GM_AES_CBC_CMAC_128, 2, OptionalInt.of(0));

    private static String hex(byte[] bytes) {
        return SecureMessagingTest.hex(bytes);
    }

    @Test
    void dhTokenInputWritesThePublicValueInTheFewestOctets() {
        // BSI TR-03110 Part 3, D.2.1.1: unsigned integers use the minimum number of octets, so a DH
        // value exchanged at the modulus length (here with a leading 00) is shortened in DO'84'.
        byte[] oid = Hex.decode("04007F00070202040102");
        byte[] padded = Hex.decode("00A1B2C3");
        assertEquals("7f4911060a04007f000702020401028403a1b2c3", Hex.toHexString(Pace.tokenInput(oid, 0x84, padded)));
        // An EC point (DO'86') is an octet string: kept as it is.
        assertEquals(
                "7f4911060a04007f0007020204010286030004aa",
                Hex.toHexString(Pace.tokenInput(oid, 0x86, Hex.decode("0004AA"))));
    }

    @Test
    void passwordKeyFromTheMrz() {
        assertEquals("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD", hex(KEY.pacePassword()));
        assertEquals(K_PI, hex(Crypto.kdf(KEY.pacePassword(), Crypto.KDF_PI, 128)));
    }

    @Test
    void appendixG1NonceMappingKeyAgreementAndTokens() {
        assertEquals(Ecdh.S, hex(Pace.decryptNonce(true, Hex.decode(K_PI), Hex.decode(Ecdh.Z))));
        PaceGroup group = PaceGroup.of(StandardizedDomainParameters.BRAINPOOL_P256R1);
        BigInteger skMap = new BigInteger(Ecdh.SK_MAP_IFD, 16);
        assertEquals(Ecdh.PK_MAP_IFD, hex(group.publicKey(skMap)));

        PaceGroup mapped = group.mapGeneric(Hex.decode(Ecdh.S), skMap, Hex.decode(Ecdh.PK_MAP_IC));
        assertEquals(Ecdh.G_HAT, hex(mapped.generator()));

        BigInteger skDh = new BigInteger(Ecdh.SK_DH_IFD, 16);
        assertEquals(Ecdh.PK_DH_IFD, hex(mapped.publicKey(skDh)));
        byte[] shared = mapped.sharedSecret(skDh, Hex.decode(Ecdh.PK_DH_IC));
        assertEquals(Ecdh.SHARED, hex(shared));
        assertEquals(Ecdh.KS_ENC, hex(Crypto.kdf(shared, Crypto.KDF_ENC, 128)));
        assertEquals(Ecdh.KS_MAC, hex(Crypto.kdf(shared, Crypto.KDF_MAC, 128)));

        byte[] oid = Pace.oidContent(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128.oid());
        assertEquals("04007F00070202040202", hex(oid));
        assertEquals(
                "7F494F060A04007F000702020402028641",
                hex(Pace.tokenInput(oid, 0x86, Hex.decode(Ecdh.PK_DH_IC))).substring(0, 34));
        byte[] ksMac = Hex.decode(Ecdh.KS_MAC);
        assertEquals(Ecdh.T_IFD, hex(Pace.authenticationToken(true, ksMac, oid, 0x86, Hex.decode(Ecdh.PK_DH_IC))));
        assertEquals(Ecdh.T_IC, hex(Pace.authenticationToken(true, ksMac, oid, 0x86, Hex.decode(Ecdh.PK_DH_IFD))));
    }

    @Test
    void appendixG1ExchangeOnTheWire() {
        ScriptedTransport chip = Ecdh.transcript("7C0A8608" + Ecdh.T_IC + "9000");

        SecureMessaging session =
                Pace.perform(chip, KEY, ECDH_INFO, false, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD));

        chip.assertFinished();
        assertEquals("AES-128", session.cipherName());
        assertEquals("00000000000000000000000000000000", hex(session.ssc()));
        SecureMessaging expected = SecureMessaging.afterPace(
                PaceProtocol.Cipher.AES_CBC_CMAC_128, Hex.decode(Ecdh.KS_ENC), Hex.decode(Ecdh.KS_MAC));
        CommandApdu select = CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, Hex.decode("A0000002471001"));
        assertEquals(
                hex(expected.wrap(select).toBytes()), hex(session.wrap(select).toBytes()));
    }

    @Test
    void appendixG2DhNonceMappingKeyAgreementAndTokens() {
        assertEquals(Dh.S, hex(Pace.decryptNonce(true, Hex.decode(K_PI), Hex.decode(Dh.Z))));
        PaceGroup group = PaceGroup.of(StandardizedDomainParameters.MODP_1024_160);
        BigInteger skMap = new BigInteger(Dh.SK_MAP_IFD, 16);
        assertEquals(Dh.PK_MAP_IFD, hex(group.publicKey(skMap)));

        PaceGroup mapped = group.mapGeneric(Hex.decode(Dh.S), skMap, Hex.decode(Dh.PK_MAP_IC));
        assertEquals(Dh.G_HAT, hex(mapped.generator()));

        BigInteger skDh = new BigInteger(Dh.SK_DH_IFD, 16);
        assertEquals(Dh.PK_DH_IFD, hex(mapped.publicKey(skDh)));
        byte[] shared = mapped.sharedSecret(skDh, Hex.decode(Dh.PK_DH_IC));
        assertEquals(Dh.SHARED, hex(shared));
        assertEquals(Dh.KS_ENC, hex(Crypto.kdf(shared, Crypto.KDF_ENC, 128)));
        assertEquals(Dh.KS_MAC, hex(Crypto.kdf(shared, Crypto.KDF_MAC, 128)));

        byte[] oid = Pace.oidContent(PaceProtocol.DH_GM_AES_CBC_CMAC_128.oid());
        byte[] ksMac = Hex.decode(Dh.KS_MAC);
        assertEquals(Dh.T_IFD, hex(Pace.authenticationToken(true, ksMac, oid, 0x84, Hex.decode(Dh.PK_DH_IC))));
        assertEquals(Dh.T_IC, hex(Pace.authenticationToken(true, ksMac, oid, 0x84, Hex.decode(Dh.PK_DH_IFD))));
    }

    @Test
    void appendixG2DhExchangeOnTheWire() {
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0022C1A40F800A04007F00070202040102830101", "9000")
                .expect("10860000027C0000", "7C128010" + Dh.Z + "9000")
                .expect("10860000867C81838181" + "80" + Dh.PK_MAP_IFD + "00", "7C8183828180" + Dh.PK_MAP_IC + "9000")
                .expect("10860000867C81838381" + "80" + Dh.PK_DH_IFD + "00", "7C8183848180" + Dh.PK_DH_IC + "9000")
                .expect("008600000C7C0A8508" + Dh.T_IFD + "00", "7C0A8608" + Dh.T_IC + "9000");

        SecureMessaging session = Pace.perform(chip, KEY, DH_INFO, false, new FixedRandom(Dh.SK_MAP_IFD, Dh.SK_DH_IFD));

        chip.assertFinished();
        assertEquals("AES-128", session.cipherName());
    }

    @Test
    void parameterIdIsSentWhenAsked() {
        ScriptedTransport chip =
                new ScriptedTransport().expect("0022C1A412800A04007F0007020204020283010184010D", "6A80");

        AccessException e = assertThrows(
                AccessException.class,
                () -> Pace.perform(chip, KEY, ECDH_INFO, true, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD)));

        assertEquals(AccessException.Reason.PACE_REFUSED, e.reason());
        assertEquals("PACE: the chip refused MSE:Set AT with 6A80", e.getMessage());
    }

    @Test
    void wrongPasswordIsAClearAccessDenied() {
        ScriptedTransport chip = Ecdh.transcript("6300");

        AccessDeniedException e = assertThrows(
                AccessDeniedException.class,
                () -> Pace.perform(chip, KEY, ECDH_INFO, false, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD)));

        assertEquals("MRZ", e.keyKind());
        assertEquals(
                "the card refused the access key (MRZ): check the document number, the date of birth and the date"
                        + " of expiry and try again (PACE, status word 6300)",
                e.getMessage());
    }

    @Test
    void wrongCanSaysWhichDigitsToCheck() {
        AccessDeniedException e = new AccessDeniedException(AccessKey.can("123456"), "PACE", 0x63C2);

        assertEquals(
                "the card refused the access key (CAN): check the 6 digits (on a CCCD, the last 6 digits of the"
                        + " 12-digit number) and try again (PACE, status word 63C2)",
                e.getMessage());
    }

    @Test
    void forgedChipTokenIsRefused() {
        ScriptedTransport chip = Ecdh.transcript("7C0A86080000000000000000" + "9000");

        AccessException e = assertThrows(
                AccessException.class,
                () -> Pace.perform(chip, KEY, ECDH_INFO, false, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD)));

        assertEquals(AccessException.Reason.CHIP_NOT_AUTHENTICATED, e.reason());
        assertEquals("PACE mutual authentication: the chip's authentication token does not verify", e.getMessage());
    }

    @Test
    void chipPointOffTheCurveIsRefused() {
        String bad = Ecdh.PK_MAP_IC.substring(0, Ecdh.PK_MAP_IC.length() - 2) + "55";
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0022C1A40F800A04007F00070202040202830101", "9000")
                .expect("10860000027C0000", "7C128010" + Ecdh.Z + "9000")
                .expect("10860000457C438141" + Ecdh.PK_MAP_IFD + "00", "7C438241" + bad + "9000");

        AccessException e = assertThrows(
                AccessException.class,
                () -> Pace.perform(chip, KEY, ECDH_INFO, false, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD)));

        assertEquals(AccessException.Reason.CHIP_NOT_AUTHENTICATED, e.reason());
        assertEquals(
                "PACE map nonce: the chip's mapping public key is not usable: the point is not on brainpoolP256r1",
                e.getMessage().replace("Invalid point coordinates", "the point is not on brainpoolP256r1"));
    }

    @Test
    void malformedDynamicAuthenticationDataIsReported() {
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0022C1A40F800A04007F00070202040202830101", "9000")
                .expect("10860000027C0000", "7D128010" + Ecdh.Z + "9000");

        AccessException e = assertThrows(
                AccessException.class,
                () -> Pace.perform(chip, KEY, ECDH_INFO, false, new FixedRandom(Ecdh.SK_MAP_IFD, Ecdh.SK_DH_IFD)));

        assertEquals(AccessException.Reason.MALFORMED_RESPONSE, e.reason());
        assertEquals(
                "PACE encrypted nonce: the chip's answer is malformed: GENERAL AUTHENTICATE (encrypted nonce) response"
                        + " at 0: expected tag 7C (dynamic authentication data), found 7D",
                e.getMessage());
    }

    @Test
    void integratedAndChipAuthenticationMappingAreRefusedClearly() {
        PaceInfo im = new PaceInfo(PaceProtocol.ECDH_IM_AES_CBC_CMAC_128, 2, OptionalInt.of(13));
        AccessException e = assertThrows(
                AccessException.class, () -> Pace.perform(new ScriptedTransport(), KEY, im, false, new FixedRandom()));
        assertEquals(AccessException.Reason.NOT_SUPPORTED, e.reason());
        assertEquals(
                "IM not supported yet: the chip offers id-PACE-ECDH-IM-AES-CBC-CMAC-128 (Integrated Mapping); only"
                        + " Generic Mapping is implemented",
                e.getMessage());

        PaceInfo cam = new PaceInfo(PaceProtocol.ECDH_CAM_AES_CBC_CMAC_128, 2, OptionalInt.of(13));
        AccessException camError = assertThrows(
                AccessException.class, () -> Pace.perform(new ScriptedTransport(), KEY, cam, false, new FixedRandom()));
        assertEquals(AccessException.Reason.NOT_SUPPORTED, camError.reason());
    }
}
