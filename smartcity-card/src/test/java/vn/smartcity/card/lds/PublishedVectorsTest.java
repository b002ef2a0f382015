package vn.smartcity.card.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.card.lds.Vectors.hex;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Published vectors. Unless said otherwise they come from the test suite of gmrtd
 * (github.com/gmrtd/gmrtd, commit 7f23b50ad912f10364f66ddc3423683cfc18e134), files under {@code
 * document/}; the DG14 and CardSecurity ones were read from real Austrian, German and Malaysian
 * passports by its authors.
 */
class PublishedVectorsTest {

    /** ICAO Doc 9303 Part 10's EF.COM example, via gmrtd document/com_test.go (TestNewCOM). */
    static final String EF_COM = "60145F0104303130365F36063034303030305C026175";

    /**
     * DG1 with Doc 9303's TD2 specimen MRZ (ERIKSSON ANNA MARIA, Utopia), via gmrtd
     * document/dg1_test.go (TestNewDG1).
     */
    static final String DG1_TD2 = "614B5F1F48493C55544F4552494B53534F4E3C3C414E4E413C4D415249413C3C3C3C3C3C3C3C3C3C3C"
            + "4432333134353839303755544F3734303831323246313230343135393C3C3C3C3C3C3C36";

    /**
     * EF.CardAccess of ICAO Doc 9303 Part 11 Appendix G (PACE, ECDH generic mapping worked example),
     * also gmrtd document/card_access_test.go (TestNewCardAccessHappyAT, Austrian passport).
     */
    static final String CARD_ACCESS_PACE_GM = "31143012060A04007F0007020204020202010202010D";

    /** EF.CardAccess of a German passport: GM and CAM; gmrtd document/card_access_test.go (TestNewCardAccessHappyDE). */
    static final String CARD_ACCESS_DE =
            "31283012060a04007f0007020204020202010202010d3012060a04007f0007020204060202010202010d";

    /** DG14 with explicit P-384 curve parameters; gmrtd document/dg14_test.go (TestNewDG14). */
    static final String DG14 = "6e82021431820210308201c4060904007f000702020102308201b53082014d06072a8648ce3d020130"
            + "820140020101303c06072a8648ce3d01010231008cb91e82a3386d280f5d6f7e50e641df152f7109ed5456b412b1da197fb71123"
            + "acd3a729901d1a71874700133107ec53306404307bc382c63d8c150c3c72080ace05afa0c2bea28e4fb22787139165efba91f90f"
            + "8aa5814a503ad4eb04a8c7dd22ce2826043004a8c7dd22ce28268b39b55416f0447c2fb77de107dcd2a62e880ea53eeb62d57cb4"
            + "390295dbc9943ab78696fa504c110461041d1c64f068cf45ffa2a63a81b7c13f6b8847a3e77ef14fe3db7fcafe0cbd10e8e826e0"
            + "3436d646aaef87b2e247d4af1e8abe1d7520f9c2a45cb1eb8e95cfd55262b70b29feec5864e19c054ff99129280e4646217791811"
            + "142820341263c53150231008cb91e82a3386d280f5d6f7e50e641df152f7109ed5456b31f166e6cac0425a7cf3ab6af6b7fc3103b"
            + "883202e9046565020101036200047777b5202c812ea334f4295b6ae711f70cc77ca43a53560569603cb92fb55c084d714bcf291f3"
            + "c4dbb8ead1278fca88c3d6adebd71f9e2de90cb0450f8ab7cdcba5af6752eb3c57ea7d5f126e21c10cedd0fcb6d7ff2f57a713306"
            + "e59882b51d300f060a04007f00070202030204020101300d060804007f00070202020201013012060a04007f0007020204020402"
            + "01020201103012060a04007f00070202040604020102020110";

    /** DG14 of an Austrian passport; gmrtd document/dg14_test.go (TestNewDG14AT). */
    static final String DG14_AT = "6e82017e3182017a300d060804007f0007020202020101300f060a04007f00070202030202020101"
            + "3012060a04007f0007020204020202010202010d30820142060904007f000702020102308201333081ec06072a8648ce3d020130"
            + "81e0020101302c06072a8648ce3d0101022100a9fb57dba1eea9bc3e660a909d838d726e3bf623d52620282013481d1f6e537730"
            + "4404207d5a0975fc2c3057eef67530417affe7fb8055c126dc5c6ce94a4b44f330b5d9042026dc5c6ce94a4b44f330b5d9bbd77c"
            + "bf958416295cf7e1ce6bccdc18ff8c07b60441048bd2aeb9cb7e57cb2c4b482ffc81b7afb9de27e1e3bd23c23a4453bd9ace3262"
            + "547ef835c3dac4fd97f8461a14611dc9c27745132ded8e545c1d54c72f046997022100a9fb57dba1eea9bc3e660a909d838d718c"
            + "397aa3b561a6f7901e0e82974856a7020101034200041983917269ac877c0b61544c2c022000d2a5aba723e2d80141e648b40911"
            + "dc3459761f27480e4b57181a53d8fe1190ea86c939ac14363178caffc621f0f905c3";

    /** DG14 of a Malaysian passport; gmrtd document/dg14_test.go (TestNewDG14MY). */
    static final String DG14_MY = "6e82016a3182016630820142060904007f000702020102308201333081ec06072a8648ce3d020130"
            + "81e0020101302c06072a8648ce3d0101022100a9fb57dba1eea9bc3e660a909d838d726e3bf623d52620282013481d1f6e537730"
            + "4404207d5a0975fc2c3057eef67530417affe7fb8055c126dc5c6ce94a4b44f330b5d9042026dc5c6ce94a4b44f330b5d9bbd77c"
            + "bf958416295cf7e1ce6bccdc18ff8c07b60441048bd2aeb9cb7e57cb2c4b482ffc81b7afb9de27e1e3bd23c23a4453bd9ace3262"
            + "547ef835c3dac4fd97f8461a14611dc9c27745132ded8e545c1d54c72f046997022100a9fb57dba1eea9bc3e660a909d838d718c"
            + "397aa3b561a6f7901e0e82974856a702010103420004a04f85afdfc316fb5e9f33f94ca45837d20d9d91ad5002307c3f124b6ef5"
            + "b92565d018a6b7f69db73976bfbb4278757405c64e96104d161649e8a94078eaefce300f060a04007f00070202030201020101300d"
            + "060804007f0007020202020101";

    /** DG15 with a 1792-bit RSA key; gmrtd document/dg15_test.go (TestNewDG15). */
    static final String DG15_SPKI = "3081FF300D06092A864886F70D01010105000381ED003081E90281E100BB8F93F4DC95E205CDA1"
            + "7C6927AB1E365B13065D03CD12E0FCE95D96840529453202F56CC4C13F77CD062930C8BC89A2873B257045C286E601CF3C09323A"
            + "53103314902804AA10A314628CE222206A8866946A36B442041BB54AC81E6855DD1D6E16101833D65A191C20AC8B33B8A1A32920"
            + "F46043F8031CF2BC17417030865FC5BE5A39DEE423BCBA3CA8177168EB23CFE01BA43EC87711B1CFFF85DB46F300DD8AE317B50D"
            + "543B573E119E23AF7070D0B2FED6A3B2313A5EC02A531AAED1741F4390D1013E2A0F081EAC5DC8B0A1B2C6BDB1206F08D30E3643"
            + "E1E5BDF536110203010001";

    static final String DG15 = "6F820102" + DG15_SPKI;

    /**
     * SecurityInfos of a German passport's EF.CardSecurity: TA, CA with keyId, PACE GM and CAM, an
     * id-CA-ECDH domain parameter info, and two chip keys with standardized domain parameters;
     * gmrtd document/security_infos_test.go (TestDecodeSecurityInfosCardSecFile).
     */
    static final String CARD_SECURITY_DE = "31820131300d060804007f00070202020201023012060a04007f0007020203020202010202"
            + "01483012060a04007f0007020204020202010202010d3012060a04007f0007020204060202010202010d301c060904007f000702"
            + "020302300c060704007f0007010202010d0201483062060904007f0007020201023052300c060704007f0007010202010d034200"
            + "04614cd88b00821a887869d0060b44a9d18789353e8cf7dfbc3f29f79327de30b97b1b2dda0be77f24ad415c327c7b7ab2e9c10b"
            + "0258f5bcbf90c01825fbdfdef702010d3062060904007f0007020201023052300c060704007f0007010202010d034200048488a2"
            + "dc34b6b36d6c01a8dfbd70a874610c53b32893a1de3b1c4bbf477eef3761aa51dfd6b52da43587e95386fc34ffe178d90086a7d6"
            + "46047c82bebc27da3e020148";

    /** An EFDIRInfo (OID 1.3.27.1.1.13); gmrtd document/security_infos_test.go (TestDecodeSecurityInfos). */
    static final String EF_DIR_INFO = "3137303506052B1B01010D042C61094F07A000000247100161094F07A000000247200161094F"
            + "07A000000247200261094F07A0000002472003";

    /**
     * An ActiveAuthenticationInfo with signature algorithm 0.4.0.127.0.7.1.1.4.1.5 (BSI plain
     * ECDSA with SHA-512); gmrtd document/security_infos_test.go (TestDecodeSecurityInfos).
     */
    static final String AA_INFO = "311930170606678108010105020101060A04007F00070101040105";

    /** A ChipAuthenticationInfo with keyId 195; gmrtd document/security_infos_test.go (TestDecodeSecurityInfos). */
    static final String CA_INFO_KEY_ID = "31153013060A04007F00070202030202020101020200C3";

    /** gmrtd document/dg2_test.go (TestNewDG2): one 148x70 JPEG in a 19794-5 record. */
    static byte[] dg2() {
        return Vectors.hexResource("gmrtd-dg2.hex");
    }

    @Test
    void efComFromDoc9303Part10() {
        EfCom com = (EfCom) Lds.parse(hex(EF_COM));
        assertEquals("1.6", com.ldsVersion());
        assertEquals("4.0.0", com.unicodeVersion());
        assertEquals(List.of(0x61, 0x75), com.tagList());
        assertEquals(List.of(LdsFileId.DG1, LdsFileId.DG2), com.dataGroups());
        assertTrue(com.lists(LdsFileId.DG2));
        assertEquals(LdsFileId.COM, com.id());
        assertArrayEquals(hex(EF_COM), com.encoded());
        assertEquals("EfCom[lds=1.6, unicode=4.0.0, dataGroups=[DG1, DG2]]", com.toString());
    }

    @Test
    void dg1WithTd2Specimen() {
        Dg1 dg1 = (Dg1) Lds.parse(hex(DG1_TD2));
        assertEquals("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<D231458907UTO7408122F1204159<<<<<<<6", dg1.mrzText());
        assertEquals(72, dg1.mrzText().length());
        assertEquals("Dg1[mrz=72 characters]", dg1.toString());
        // The same zone through the MRZ parser: TD2, every check digit of the specimen passes.
        assertEquals(vn.smartcity.card.mrz.MrzFormat.TD2, dg1.mrz().format());
        assertTrue(dg1.mrz().isValid());
        assertEquals("D23145890", dg1.mrz().documentNumber());
    }

    @Test
    void dg2WithOneJpeg() {
        byte[] file = dg2();
        Dg2 dg2 = (Dg2) Lds.parse(file);
        assertEquals(1, dg2.images().size());
        FaceImage image = dg2.images().get(0);
        assertEquals(ImageFormat.JPEG, image.format());
        // The record says JPEG 2000 (1) for what is a JPEG: the format is told by the bytes.
        assertEquals(1, image.imageDataType());
        assertEquals(2, image.faceImageType());
        assertEquals(148, image.width());
        assertEquals(70, image.height());
        assertEquals(0, image.featurePointCount());
        assertEquals(5099, image.dataLength());
        byte[] data = image.data();
        assertArrayEquals(hex("FFD8FFE0"), Arrays.copyOf(data, 4));
        assertArrayEquals(hex("FFD9"), Arrays.copyOfRange(data, data.length - 2, data.length));
        assertEquals(file.length - 5099, image.dataOffset());
        assertArrayEquals(file, dg2.encoded());
        assertEquals("Dg2[FaceImage[JPEG, 148x70, 5099 bytes]]", dg2.toString());
    }

    @Test
    void cardAccessOfThePaceGenericMappingExample() {
        EfCardAccess cardAccess = (EfCardAccess) Lds.parse(hex(CARD_ACCESS_PACE_GM));
        assertEquals(
                List.of(new PaceInfo(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, 2, OptionalInt.of(13))),
                cardAccess.paceInfos());
        PaceInfo pace = cardAccess.paceInfos().get(0);
        assertEquals("0.4.0.127.0.7.2.2.4.2.2", pace.protocol());
        assertEquals("id-PACE-ECDH-GM-AES-CBC-CMAC-128", pace.protocolName());
        assertEquals(Optional.of(StandardizedDomainParameters.BRAINPOOL_P256R1), pace.domainParameters());
        assertEquals(Optional.of("brainpoolP256r1"), pace.domainParameters().flatMap(p -> p.curveName()));
        assertEquals(PaceProtocol.KeyAgreement.ECDH, pace.paceProtocol().keyAgreement());
        assertEquals(PaceProtocol.Mapping.GENERIC, pace.paceProtocol().mapping());
        assertEquals(128, pace.paceProtocol().cipher().keyLength());
        assertTrue(cardAccess.paceDomainParameterInfos().isEmpty());
        assertEquals(LdsFileId.CARD_ACCESS, cardAccess.id());
    }

    @Test
    void cardAccessWithGenericAndChipAuthenticationMapping() {
        EfCardAccess cardAccess = EfCardAccess.parse(hex(CARD_ACCESS_DE));
        assertEquals(
                List.of(
                        new PaceInfo(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, 2, OptionalInt.of(13)),
                        new PaceInfo(PaceProtocol.ECDH_CAM_AES_CBC_CMAC_128, 2, OptionalInt.of(13))),
                cardAccess.paceInfos());
        assertEquals(
                "id-PACE-ECDH-CAM-AES-CBC-CMAC-128",
                cardAccess.paceInfos().get(1).protocolName());
        assertEquals("0.4.0.127.0.7.2.2.4.6.2", PaceProtocol.ECDH_CAM_AES_CBC_CMAC_128.oid());
    }

    @Test
    void dg14WithExplicitCurveParameters() {
        Dg14 dg14 = (Dg14) Lds.parse(hex(DG14));
        SecurityInfos infos = dg14.securityInfos();
        assertEquals(5, infos.all().size());
        ChipAuthenticationPublicKeyInfo key =
                infos.chipAuthenticationPublicKeyInfos().get(0);
        assertEquals(SecurityProtocols.ID_PK_ECDH, key.protocol());
        assertEquals("id-PK-ECDH", key.protocolName());
        assertEquals("1.2.840.10045.2.1", key.algorithm());
        assertEquals(Optional.empty(), key.standardizedDomainParameters());
        assertEquals(97, key.publicKeyData().length);
        assertEquals(0x04, key.publicKeyData()[0]);
        assertEquals(Optional.empty(), key.keyId());
        assertEquals(
                List.of(new ChipAuthenticationInfo("0.4.0.127.0.7.2.2.3.2.4", 1, Optional.empty())),
                infos.chipAuthenticationInfos());
        assertEquals(
                "id-CA-ECDH-AES-CBC-CMAC-256",
                infos.chipAuthenticationInfos().get(0).protocolName());
        assertEquals(
                List.of(new TerminalAuthenticationInfo(SecurityProtocols.ID_TA, 1, OptionalInt.empty())),
                infos.terminalAuthenticationInfos());
        assertEquals(
                List.of(
                        new PaceInfo(PaceProtocol.ECDH_GM_AES_CBC_CMAC_256, 2, OptionalInt.of(16)),
                        new PaceInfo(PaceProtocol.ECDH_CAM_AES_CBC_CMAC_256, 2, OptionalInt.of(16))),
                infos.paceInfos());
        assertEquals(
                Optional.of(StandardizedDomainParameters.BRAINPOOL_P384R1),
                infos.paceInfos().get(0).domainParameters());
        assertTrue(infos.unknown().isEmpty());
    }

    @Test
    void dg14OfAnAustrianPassport() {
        SecurityInfos infos = Dg14.parse(hex(DG14_AT)).securityInfos();
        assertEquals(4, infos.all().size());
        assertInstanceOf(TerminalAuthenticationInfo.class, infos.all().get(0));
        assertEquals(
                "id-CA-ECDH-AES-CBC-CMAC-128",
                infos.chipAuthenticationInfos().get(0).protocolName());
        assertEquals(
                PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, infos.paceInfos().get(0).paceProtocol());
        assertEquals(65, infos.chipAuthenticationPublicKeyInfos().get(0).publicKeyData().length);
    }

    @Test
    void dg14OfAMalaysianPassport() {
        SecurityInfos infos = Dg14.parse(hex(DG14_MY)).securityInfos();
        assertEquals(3, infos.all().size());
        assertEquals(1, infos.chipAuthenticationPublicKeyInfos().size());
        assertEquals(
                "id-CA-ECDH-3DES-CBC-CBC",
                infos.chipAuthenticationInfos().get(0).protocolName());
        assertEquals(1, infos.terminalAuthenticationInfos().size());
        assertTrue(infos.paceInfos().isEmpty());
    }

    @Test
    void dg15WithRsaKey() {
        Dg15 dg15 = (Dg15) Lds.parse(hex(DG15));
        assertEquals("RSA", dg15.algorithm());
        assertEquals("1.2.840.113549.1.1.1", dg15.algorithmOid());
        assertArrayEquals(hex(DG15_SPKI), dg15.subjectPublicKeyInfo());
        RSAPublicKey key = (RSAPublicKey) dg15.publicKey();
        assertEquals(1792, key.getModulus().bitLength());
        assertEquals(BigInteger.valueOf(65537), key.getPublicExponent());
        assertArrayEquals(hex(DG15_SPKI), key.getEncoded());
        assertEquals("Dg15[algorithm=RSA]", dg15.toString());
    }

    @Test
    void cardSecuritySecurityInfosOfAGermanPassport() {
        SecurityInfos infos = SecurityInfos.parse(hex(CARD_SECURITY_DE), "EF.CardSecurity");
        assertEquals(7, infos.all().size());
        assertEquals(
                List.of(new TerminalAuthenticationInfo(SecurityProtocols.ID_TA, 2, OptionalInt.empty())),
                infos.terminalAuthenticationInfos());
        assertEquals(
                List.of(new ChipAuthenticationInfo(
                        "0.4.0.127.0.7.2.2.3.2.2", 2, Optional.of(BigInteger.valueOf(0x48)))),
                infos.chipAuthenticationInfos());
        assertEquals(2, infos.paceInfos().size());
        // id-CA-ECDH without a cipher: a ChipAuthenticationDomainParameterInfo, kept raw.
        UnknownSecurityInfo domain = infos.unknown().get(0);
        assertEquals(SecurityProtocols.ID_CA_ECDH, domain.protocol());
        assertEquals("id-CA-ECDH", domain.protocolName());
        assertArrayEquals(hex("301c060904007f000702020302300c060704007f0007010202010d020148"), domain.encoded());
        List<ChipAuthenticationPublicKeyInfo> keys = infos.chipAuthenticationPublicKeyInfos();
        assertEquals(2, keys.size());
        for (ChipAuthenticationPublicKeyInfo key : keys) {
            assertEquals(SecurityProtocols.STANDARDIZED_DOMAIN_PARAMETERS, key.algorithm());
            assertEquals(Optional.of(BigInteger.valueOf(13)), key.standardizedParameterId());
            assertEquals(
                    Optional.of(StandardizedDomainParameters.BRAINPOOL_P256R1), key.standardizedDomainParameters());
        }
        assertEquals(Optional.of(BigInteger.valueOf(13)), keys.get(0).keyId());
        assertEquals(Optional.of(BigInteger.valueOf(0x48)), keys.get(1).keyId());
        assertArrayEquals(
                hex("04614cd88b00821a887869d0060b44a9d18789353e8cf7dfbc3f29f79327de30b97b1b2dda0be77f24ad415c327c7b7"
                        + "ab2e9c10b0258f5bcbf90c01825fbdfdef7"),
                keys.get(0).publicKeyData());
    }

    @Test
    void efDirInfoIsKeptRaw() {
        SecurityInfos infos = SecurityInfos.parse(hex(EF_DIR_INFO), "EF.CardAccess");
        UnknownSecurityInfo info = infos.unknown().get(0);
        assertEquals("1.3.27.1.1.13", info.protocol());
        assertEquals("unknown protocol", info.protocolName());
        assertArrayEquals(Arrays.copyOfRange(hex(EF_DIR_INFO), 2, hex(EF_DIR_INFO).length), info.encoded());
    }

    @Test
    void activeAuthenticationInfo() {
        ActiveAuthenticationInfo aa = SecurityInfos.parse(hex(AA_INFO), "DG14")
                .activeAuthenticationInfos()
                .get(0);
        assertEquals(new ActiveAuthenticationInfo("2.23.136.1.1.5", 1, "0.4.0.127.0.7.1.1.4.1.5"), aa);
        assertEquals("id-icao-mrtd-security-aaProtocolObject", aa.protocolName());
    }

    @Test
    void chipAuthenticationInfoWithKeyId() {
        assertEquals(
                List.of(new ChipAuthenticationInfo("0.4.0.127.0.7.2.2.3.2.2", 1, Optional.of(BigInteger.valueOf(195)))),
                SecurityInfos.parse(hex(CA_INFO_KEY_ID), "DG14").chipAuthenticationInfos());
    }
}
