package vn.smartcity.card.access;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.access.internal.PaceGroup;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.lds.PaceInfo;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;
import vn.smartcity.card.tlv.Tlv;

/**
 * PACE with Generic Mapping (ICAO Doc 9303 Part 11, section 4.4; worked examples in Appendix G):
 * MSE:Set AT, then the four GENERAL AUTHENTICATE steps (encrypted nonce, map nonce, perform key
 * agreement, mutual authentication), over ECDH on the standardized curves or DH on the RFC 5114
 * groups, with 3DES or AES-128/192/256 session keys. Integrated Mapping and Chip Authentication
 * Mapping are refused with {@link AccessException.Reason#NOT_SUPPORTED}.
 */
public final class Pace {

    private Pace() {}

    /**
     * Runs PACE.
     *
     * @param transport the plain transport, in the master file (before the eMRTD application is
     *     selected)
     * @param key the CAN or the MRZ data
     * @param info the PACEInfo of EF.CardAccess to use
     * @param sendParameterId whether to name the domain parameters in MSE:Set AT (DO'84'), which
     *     Part 11 section 4.4.4.1 requires when the chip offers several
     * @param random the source of the terminal's ephemeral private keys (mapping key, then key
     *     agreement key)
     * @return the secure-messaging session with the PACE session keys and a counter of zero
     * @throws AccessDeniedException if the chip refuses the key
     * @throws AccessException if the chip refuses PACE, answers malformed data, does not
     *     authenticate itself, or the protocol is not supported
     */
    public static SecureMessaging perform(
            ApduTransport transport, AccessKey key, PaceInfo info, boolean sendParameterId, SecureRandom random) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(random, "random");
        PaceProtocol protocol = info.paceProtocol();
        StandardizedDomainParameters parameters = supported(info);
        PaceGroup group = PaceGroup.of(parameters);
        PaceProtocol.Cipher cipher = protocol.cipher();
        int keyBits = cipher.keyLength();
        boolean aes = cipher != PaceProtocol.Cipher.DES3_CBC_CBC;
        byte[] oid = oidContent(protocol.oid());

        mseSetAt(transport, oid, key.passwordReference(), sendParameterId ? parameters.id() : -1);
        byte[] z = encryptedNonce(transport);
        byte[] nonce = decryptNonce(aes, Crypto.kdf(key.pacePassword(), Crypto.KDF_PI, keyBits), z);

        BigInteger mappingKey = group.randomPrivateKey(random);
        byte[] chipMappingKey = mapNonce(transport, group.publicKey(mappingKey));
        PaceGroup mapped;
        try {
            mapped = group.mapGeneric(nonce, mappingKey, chipMappingKey);
        } catch (IllegalArgumentException e) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "PACE map nonce: the chip's mapping public key is not usable: " + e.getMessage(),
                    -1,
                    e);
        }

        BigInteger agreementKey = mapped.randomPrivateKey(random);
        byte[] terminalKey = mapped.publicKey(agreementKey);
        byte[] chipKey = performKeyAgreement(transport, terminalKey);
        if (PaceGroup.sameKey(terminalKey, chipKey)) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "PACE perform key agreement: the chip returned the terminal's own public key",
                    -1,
                    null);
        }
        byte[] shared;
        try {
            shared = mapped.sharedSecret(agreementKey, chipKey);
        } catch (IllegalArgumentException e) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "PACE perform key agreement: the chip's public key is not usable: " + e.getMessage(),
                    -1,
                    e);
        }
        byte[] ksEnc = Crypto.kdf(shared, Crypto.KDF_ENC, keyBits);
        byte[] ksMac = Crypto.kdf(shared, Crypto.KDF_MAC, keyBits);

        byte[] terminalToken = authenticationToken(aes, ksMac, oid, mapped.publicValueTag(), chipKey);
        byte[] chipToken = mutualAuthentication(transport, key, terminalToken);
        byte[] expected = authenticationToken(aes, ksMac, oid, mapped.publicValueTag(), terminalKey);
        if (!MessageDigest.isEqual(chipToken, expected)) {
            throw new AccessException(
                    AccessException.Reason.CHIP_NOT_AUTHENTICATED,
                    "PACE mutual authentication: the chip's authentication token does not verify",
                    -1,
                    null);
        }
        return SecureMessaging.afterPace(cipher, ksEnc, ksMac);
    }

    /**
     * Whether this SDK can run a PACEInfo: Generic Mapping with standardized domain parameters of
     * the kind (EC or DH) its protocol names.
     *
     * @param info the PACEInfo
     * @return the domain parameters
     * @throws AccessException with {@link AccessException.Reason#NOT_SUPPORTED} otherwise
     */
    static StandardizedDomainParameters supported(PaceInfo info) {
        PaceProtocol protocol = info.paceProtocol();
        if (protocol.mapping() == PaceProtocol.Mapping.INTEGRATED) {
            throw notSupported("IM not supported yet: the chip offers " + protocol.identifier()
                    + " (Integrated Mapping); only Generic Mapping is implemented");
        }
        if (protocol.mapping() == PaceProtocol.Mapping.CHIP_AUTHENTICATION) {
            throw notSupported("CAM not supported yet: the chip offers " + protocol.identifier()
                    + " (Chip Authentication Mapping); only Generic Mapping is implemented");
        }
        StandardizedDomainParameters parameters = info.domainParameters()
                .orElseThrow(() -> notSupported("PACE " + protocol.identifier()
                        + " with explicit or reserved domain parameters is not supported; only the standardized"
                        + " parameters 0 to 18 are"));
        if (parameters.ellipticCurve() != (protocol.keyAgreement() == PaceProtocol.KeyAgreement.ECDH)) {
            throw notSupported("PACE " + protocol.identifier() + " names " + parameters.displayName()
                    + ", which is not a " + protocol.keyAgreement() + " group");
        }
        return parameters;
    }

    private static AccessException notSupported(String message) {
        return new AccessException(AccessException.Reason.NOT_SUPPORTED, message, -1, null);
    }

    /** MSE:Set AT (Part 11, section 4.4.4.1): {@code 00 22 C1 A4} with DO'80', DO'83' and DO'84'. */
    private static void mseSetAt(ApduTransport transport, byte[] oid, int passwordReference, int parameterId) {
        byte[] data = Crypto.concat(Crypto.tlv(0x80, oid), Crypto.tlv(0x83, new byte[] {(byte) passwordReference}));
        if (parameterId >= 0) {
            data = Crypto.concat(data, Crypto.tlv(0x84, new byte[] {(byte) parameterId}));
        }
        ResponseApdu response = transport.transmit(CommandApdu.of(0x00, 0x22, 0xC1, 0xA4, data));
        int sw = response.sw();
        if (!response.isSuccess() && (sw & 0xFFF0) != 0x63C0) {
            throw refused("MSE:Set AT", sw);
        }
    }

    /** GENERAL AUTHENTICATE step 1, encrypted nonce: {@code 7C 00} out, DO'80' {@code z} back. */
    private static byte[] encryptedNonce(ApduTransport transport) {
        return generalAuthenticate(transport, new byte[0], 0x80, "encrypted nonce");
    }

    /** GENERAL AUTHENTICATE step 2, map nonce: DO'81' {@code PK_Map,IFD} out, DO'82' {@code PK_Map,IC} back. */
    private static byte[] mapNonce(ApduTransport transport, byte[] mappingKey) {
        return generalAuthenticate(transport, Crypto.tlv(0x81, mappingKey), 0x82, "map nonce");
    }

    /** GENERAL AUTHENTICATE step 3, perform key agreement: DO'83' out, DO'84' back. */
    private static byte[] performKeyAgreement(ApduTransport transport, byte[] publicKey) {
        return generalAuthenticate(transport, Crypto.tlv(0x83, publicKey), 0x84, "perform key agreement");
    }

    /** GENERAL AUTHENTICATE step 4, mutual authentication: DO'85' {@code T_IFD} out, DO'86' {@code T_IC} back. */
    private static byte[] mutualAuthentication(ApduTransport transport, AccessKey key, byte[] terminalToken) {
        ResponseApdu response = transport.transmit(CommandApdu.of(
                0x00, 0x86, 0x00, 0x00, Crypto.tlv(0x7C, Crypto.tlv(0x85, terminalToken)), CommandApdu.MAX_SHORT_NE));
        int sw = response.sw();
        if (!response.isSuccess()) {
            if (isKeyRefusal(sw)) {
                throw new AccessDeniedException(key, "PACE", sw);
            }
            throw refused("GENERAL AUTHENTICATE (mutual authentication)", sw);
        }
        return dynamicAuthenticationData(response, 0x86, "mutual authentication");
    }

    private static byte[] generalAuthenticate(ApduTransport transport, byte[] inner, int expectedTag, String step) {
        ResponseApdu response = transport.transmit(
                CommandApdu.of(0x10, 0x86, 0x00, 0x00, Crypto.tlv(0x7C, inner), CommandApdu.MAX_SHORT_NE));
        if (!response.isSuccess()) {
            throw refused("GENERAL AUTHENTICATE (" + step + ")", response.sw());
        }
        return dynamicAuthenticationData(response, expectedTag, step);
    }

    private static byte[] dynamicAuthenticationData(ResponseApdu response, int tag, String step) {
        try {
            Tlv data = Tlv.parse(response.data(), "GENERAL AUTHENTICATE (" + step + ") response")
                    .expectTag(0x7C, "dynamic authentication data");
            return data.child(tag, step).value();
        } catch (CardDataException e) {
            throw new AccessException(
                    AccessException.Reason.MALFORMED_RESPONSE,
                    "PACE " + step + ": the chip's answer is malformed: " + e.getMessage(),
                    response.sw(),
                    e);
        }
    }

    private static AccessException refused(String step, int sw) {
        String hint = sw == 0x6983 ? " (the card has blocked this password)" : "";
        return new AccessException(
                AccessException.Reason.PACE_REFUSED,
                String.format("PACE: the chip refused %s with %04X%s", step, sw, hint),
                sw,
                null);
    }

    /**
     * Whether the status word of an authentication step means the key was wrong: {@code 6300},
     * {@code 63Cx} (x tries left), {@code 6982} or {@code 6A80}.
     *
     * @param sw the status word
     * @return {@code true} for a refused key
     */
    static boolean isKeyRefusal(int sw) {
        return sw == 0x6300 || (sw & 0xFFF0) == 0x63C0 || sw == 0x6982 || sw == 0x6A80;
    }

    /**
     * Decrypts the nonce (Part 11, section 4.4.3.1): {@code s = D(K_pi, z)} in CBC mode with a zero
     * IV.
     *
     * @param aes AES or 3DES
     * @param passwordKey {@code K_pi = KDF(pi, 3)}
     * @param z the encrypted nonce
     * @return {@code s}
     */
    static byte[] decryptNonce(boolean aes, byte[] passwordKey, byte[] z) {
        int block = aes ? 16 : 8;
        if (z.length == 0 || z.length % block != 0) {
            throw new AccessException(
                    AccessException.Reason.MALFORMED_RESPONSE,
                    "PACE encrypted nonce: " + z.length + " bytes are not whole " + block + "-byte blocks",
                    -1,
                    null);
        }
        return Crypto.cbc(aes, passwordKey, new byte[block], z, false);
    }

    /**
     * The authentication token (Part 11, section 4.4.3.4): the MAC with {@code KS_mac}
     * of the public key data object {@code 7F49 { 06 OID, 86 point | 84 value }} of the other
     * party's ephemeral key. AES: CMAC of the object, 8 bytes; 3DES: retail MAC of the padded object.
     *
     * @param aes AES or 3DES
     * @param ksMac the session MAC key
     * @param oid the content of the protocol OID
     * @param valueTag {@code 86} for EC, {@code 84} for DH
     * @param publicKey the encoded public key
     * @return 8 bytes
     */
    static byte[] authenticationToken(boolean aes, byte[] ksMac, byte[] oid, int valueTag, byte[] publicKey) {
        return Crypto.mac(aes, ksMac, tokenInput(oid, valueTag, publicKey));
    }

    /**
     * The public key data object the token is computed over.
     *
     * @param oid the content of the protocol OID
     * @param valueTag {@code 86} or {@code 84}
     * @param publicKey the encoded public key (a DH value loses its leading zero octets)
     * @return {@code 7F49 L 06 L oid tag L key}
     */
    static byte[] tokenInput(byte[] oid, int valueTag, byte[] publicKey) {
        byte[] value = publicKey;
        if (valueTag == 0x84) {
            // A DH public value is an unsigned integer, written in the minimum number of octets
            // (BSI TR-03110 Part 3, D.2.1.1): a key exchanged at the modulus length may start with 00.
            int start = 0;
            while (start < value.length - 1 && value[start] == 0) {
                start++;
            }
            value = java.util.Arrays.copyOfRange(value, start, value.length);
        }
        return Crypto.tlv(0x7F49, Crypto.concat(Crypto.tlv(0x06, oid), Crypto.tlv(valueTag, value)));
    }

    /**
     * The content octets of an OID (without tag and length), as DO'80' of MSE:Set AT carries it.
     *
     * @param dotted such as {@code 0.4.0.127.0.7.2.2.4.2.2}
     * @return such as {@code 04 00 7F 00 07 02 02 04 02 02}
     */
    static byte[] oidContent(String dotted) {
        try {
            byte[] der = new ASN1ObjectIdentifier(dotted).getEncoded();
            return Arrays.copyOfRange(der, 2, der.length);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode OID " + dotted, e);
        }
    }
}
