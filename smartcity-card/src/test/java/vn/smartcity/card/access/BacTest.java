package vn.smartcity.card.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.mrz.BacKeySeed;

/**
 * Basic Access Control against ICAO Doc 9303 Part 11, Appendix D.2 (key derivation) and D.3
 * (authentication and session keys), replayed through a scripted chip; then the D.4 reading of
 * EF.COM over the session. Values as in the appendix, also reproduced by e.g. the eid_icao Dart
 * tests and rfidiot's TEST data.
 */
class BacTest {

    private static final MrzKey KEY = AccessKey.mrz("L898902C", "690806", "940623");
    private static final String RND_IC = "4608F91988702212";
    private static final String RND_IFD = "781723860C06C226";
    private static final String K_IFD = "0B795240CB7049B01C19B33E32804F0B";
    private static final String E_IFD = "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2";
    private static final String M_IFD = "5F1448EEA8AD90A7";
    private static final String CHIP_RESPONSE =
            "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449";

    @Test
    void appendixD2DocumentBasicAccessKeys() {
        BacKeySeed seed = KEY.bacKeySeed();
        assertEquals("L898902C<369080619406236", seed.value());

        byte[][] keys = Bac.documentKeys(seed);

        assertEquals("239AB9CB282DAF66231DC5A4DF6BFBAE", SecureMessagingTest.hex(keys[0]));
        assertEquals("AB94FDECF2674FDFB9B391F85D7F76F2", SecureMessagingTest.hex(keys[1]));
        assertEquals("7962D9ECE03D1ACD4C76089DCE131543", SecureMessagingTest.hex(keys[2]));
    }

    @Test
    void appendixD3CryptogramAndMac() {
        byte[][] keys = Bac.documentKeys(KEY.bacKeySeed());
        byte[] s = Hex.decode(RND_IFD + RND_IC + K_IFD);

        byte[] eIfd = Crypto.cbc(false, keys[1], new byte[8], s, true);

        assertEquals(E_IFD, SecureMessagingTest.hex(eIfd));
        assertEquals(M_IFD, SecureMessagingTest.hex(Crypto.mac(false, keys[2], eIfd)));
    }

    /** Appendix D.3 on the wire, then Appendix D.4 over the session it establishes. */
    @Test
    void appendixD3ExchangeThenD4ReadingOfEfCom() {
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0084000008", RND_IC + "9000")
                .expect("0082000028" + E_IFD + M_IFD + "28", CHIP_RESPONSE + "9000")
                .expect("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", "990290008E08FA855A5D4C50A8ED9000")
                .expect(
                        "0CB000000D9701048E08ED6705417E96BA5500",
                        "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000");

        SecureMessaging session = Bac.perform(chip, KEY, new FixedRandom(RND_IFD, K_IFD));

        assertEquals("887022120C06C226", SecureMessagingTest.hex(session.ssc()));
        SecureMessaging expected = SecureMessagingTest.d4Session();
        assertEquals(expected.cipherName(), session.cipherName());
        SecureMessagingTransport secure = new SecureMessagingTransport(chip, session);
        assertEquals(
                0x9000,
                secure.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.decode("011E")))
                        .sw());
        assertEquals(
                "60145F01",
                SecureMessagingTest.hex(secure.transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4))
                        .data()));
        chip.assertFinished();
    }

    @Test
    void wrongMrzIsAClearAccessDenied() {
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0084000008", RND_IC + "9000")
                .expect("0082000028" + E_IFD + M_IFD + "28", "6300");

        AccessDeniedException e = assertThrows(
                AccessDeniedException.class, () -> Bac.perform(chip, KEY, new FixedRandom(RND_IFD, K_IFD)));

        assertEquals(
                "the card refused the access key (MRZ): check the document number, the date of birth and the date"
                        + " of expiry and try again (BAC, status word 6300)",
                e.getMessage());
        assertEquals(AccessException.Reason.KEY_REFUSED, e.reason());
        assertFalse(e.getMessage().contains("L898902C"));
    }

    @Test
    void chipThatDoesNotKnowTheKeysIsNotAuthenticated() {
        String forged = CHIP_RESPONSE.substring(0, 64) + "0000000000000000";
        ScriptedTransport chip = new ScriptedTransport()
                .expect("0084000008", RND_IC + "9000")
                .expect("0082000028" + E_IFD + M_IFD + "28", forged + "9000");

        AccessException e =
                assertThrows(AccessException.class, () -> Bac.perform(chip, KEY, new FixedRandom(RND_IFD, K_IFD)));

        assertEquals(AccessException.Reason.CHIP_NOT_AUTHENTICATED, e.reason());
        assertEquals("BAC: the MAC of the chip's answer to EXTERNAL AUTHENTICATE does not verify", e.getMessage());
    }

    @Test
    void chipWithoutGetChallengeRefusesBac() {
        ScriptedTransport chip = new ScriptedTransport().expect("0084000008", "6D00");

        AccessException e =
                assertThrows(AccessException.class, () -> Bac.perform(chip, KEY, new FixedRandom(RND_IFD, K_IFD)));

        assertEquals(AccessException.Reason.BAC_REFUSED, e.reason());
        assertEquals(0x6D00, e.statusWord().getAsInt());
    }

    @Test
    void keysNeverShowInToString() {
        assertEquals("MrzKey[document number, date of birth and date of expiry hidden]", KEY.toString());
        assertEquals("CanKey[******]", AccessKey.can("123456").toString());
    }
}
