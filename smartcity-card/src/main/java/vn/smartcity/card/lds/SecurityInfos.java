package vn.smartcity.card.lds;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;

/**
 * A SecurityInfos SET: {@code SET OF SecurityInfo} (BSI TR-03110 Part 3, section A.1.1; ICAO Doc
 * 9303 Part 11, section 9.2), the content of EF.CardAccess, of DG14 and of EF.CardSecurity's signed
 * data. Each SecurityInfo becomes the variant its protocol OID names; those of other protocols are
 * kept raw.
 */
public final class SecurityInfos {

    private final List<SecurityInfo> infos;

    private SecurityInfos(List<SecurityInfo> infos) {
        this.infos = List.copyOf(infos);
    }

    /**
     * Parses a DER-encoded SET OF SecurityInfo.
     *
     * @param encodedSet the SET, tag {@code 31} included; copied
     * @param what what is being read, for error messages ({@code EF.CardSecurity})
     * @return the SecurityInfos
     * @throws CardDataException if the SET or a SecurityInfo of a known protocol is malformed
     */
    public static SecurityInfos parse(byte[] encodedSet, String what) {
        return of(Tlv.parse(encodedSet.clone(), Objects.requireNonNull(what, "what")));
    }

    /** Reads a SET element that has already been framed. */
    static SecurityInfos of(Tlv set) {
        Asn1.expect(set, Asn1.SET, "SET OF SecurityInfo");
        List<SecurityInfo> infos = new ArrayList<>();
        TlvReader reader = set.childReader();
        while (reader.hasNext()) {
            infos.add(info(reader.next()));
        }
        if (infos.isEmpty()) {
            throw set.error("the SET OF SecurityInfo is empty");
        }
        return new SecurityInfos(infos);
    }

    private static SecurityInfo info(Tlv sequence) {
        Asn1.expect(sequence, Asn1.SEQUENCE, "SecurityInfo");
        Asn1.checkTree(sequence);
        List<Tlv> parts = sequence.children();
        if (parts.isEmpty()) {
            throw sequence.error("SecurityInfo is empty, expected a protocol OID");
        }
        String oid = Asn1.oid(parts.get(0), "SecurityInfo protocol");
        if (parts.size() < 2) {
            throw sequence.error("SecurityInfo " + oid + " has no requiredData");
        }
        Optional<PaceProtocol> pace = PaceProtocol.byOid(oid);
        if (pace.isPresent()) {
            count(sequence, parts, 3, "PACEInfo");
            return new PaceInfo(
                    pace.get(),
                    Asn1.smallInteger(parts.get(1), "PACEInfo version"),
                    parts.size() == 3
                            ? OptionalInt.of(Asn1.smallInteger(parts.get(2), "PACEInfo parameterId"))
                            : OptionalInt.empty());
        }
        if (SecurityProtocols.isPaceDomainParameters(oid)) {
            count(sequence, parts, 3, "PACEDomainParameterInfo");
            Tlv parameter = parts.get(1);
            return new PaceDomainParameterInfo(
                    oid, algorithm(parameter), parameter.encoded(), optionalInteger(parts, 2, "parameterId"));
        }
        if (SecurityProtocols.isChipAuthentication(oid)) {
            count(sequence, parts, 3, "ChipAuthenticationInfo");
            return new ChipAuthenticationInfo(
                    oid,
                    Asn1.smallInteger(parts.get(1), "ChipAuthenticationInfo version"),
                    optionalInteger(parts, 2, "keyId"));
        }
        if (oid.equals(SecurityProtocols.ID_PK_DH) || oid.equals(SecurityProtocols.ID_PK_ECDH)) {
            count(sequence, parts, 3, "ChipAuthenticationPublicKeyInfo");
            return publicKeyInfo(oid, parts.get(1), optionalInteger(parts, 2, "keyId"));
        }
        if (oid.equals(SecurityProtocols.ID_TA)) {
            count(sequence, parts, 3, "TerminalAuthenticationInfo");
            return new TerminalAuthenticationInfo(
                    oid,
                    Asn1.smallInteger(parts.get(1), "TerminalAuthenticationInfo version"),
                    parts.size() == 3 ? OptionalInt.of(efCvca(parts.get(2))) : OptionalInt.empty());
        }
        if (oid.equals(SecurityProtocols.ID_AA)) {
            if (parts.size() != 3) {
                throw sequence.error("ActiveAuthenticationInfo has " + parts.size() + " elements, expected 3");
            }
            return new ActiveAuthenticationInfo(
                    oid,
                    Asn1.smallInteger(parts.get(1), "ActiveAuthenticationInfo version"),
                    Asn1.oid(parts.get(2), "ActiveAuthenticationInfo signatureAlgorithm"));
        }
        return new UnknownSecurityInfo(oid, sequence.encoded());
    }

    private static void count(Tlv sequence, List<Tlv> parts, int max, String name) {
        if (parts.size() > max) {
            throw sequence.error(name + " has " + parts.size() + " elements, expected at most " + max);
        }
    }

    private static Optional<BigInteger> optionalInteger(List<Tlv> parts, int index, String name) {
        return parts.size() > index ? Optional.of(Asn1.integer(parts.get(index), name)) : Optional.empty();
    }

    private static String algorithm(Tlv algorithmIdentifier) {
        Asn1.expect(algorithmIdentifier, Asn1.SEQUENCE, "AlgorithmIdentifier");
        try {
            return AlgorithmIdentifier.getInstance(Asn1.decode(algorithmIdentifier, "AlgorithmIdentifier"))
                    .getAlgorithm()
                    .getId();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(
                    algorithmIdentifier.what(), algorithmIdentifier.offset(), "malformed AlgorithmIdentifier", e);
        }
    }

    private static ChipAuthenticationPublicKeyInfo publicKeyInfo(String oid, Tlv keyInfo, Optional<BigInteger> keyId) {
        Asn1.expect(keyInfo, Asn1.SEQUENCE, "SubjectPublicKeyInfo");
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(Asn1.decode(keyInfo, "SubjectPublicKeyInfo"));
            String algorithm = spki.getAlgorithm().getAlgorithm().getId();
            Optional<BigInteger> standardized = Optional.empty();
            if (algorithm.equals(SecurityProtocols.STANDARDIZED_DOMAIN_PARAMETERS)) {
                ASN1Encodable parameters = spki.getAlgorithm().getParameters();
                if (!(parameters instanceof ASN1Integer)) {
                    throw keyInfo.error("standardizedDomainParameters without an INTEGER parameter identifier");
                }
                standardized = Optional.of(((ASN1Integer) parameters).getValue());
            }
            return new ChipAuthenticationPublicKeyInfo(
                    oid,
                    keyInfo.encoded(),
                    algorithm,
                    standardized,
                    spki.getPublicKeyData().getBytes(),
                    keyId);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(keyInfo.what(), keyInfo.offset(), "malformed SubjectPublicKeyInfo", e);
        }
    }

    /** FileID ::= SEQUENCE { fid OCTET STRING (SIZE(2)), sfid OCTET STRING (SIZE(1)) OPTIONAL }. */
    private static int efCvca(Tlv fileId) {
        Asn1.expect(fileId, Asn1.SEQUENCE, "efCVCA FileID");
        List<Tlv> parts = fileId.children();
        if (parts.isEmpty() || parts.size() > 2) {
            throw fileId.error("efCVCA FileID has " + parts.size() + " elements, expected 1 or 2");
        }
        Tlv fid = parts.get(0);
        Asn1.expect(fid, Asn1.OCTET_STRING, "efCVCA fid");
        if (fid.valueLength() != 2) {
            throw fid.error("efCVCA fid has " + fid.valueLength() + " bytes, expected 2");
        }
        return fid.unsignedValue();
    }

    /**
     * All SecurityInfos in the order read.
     *
     * @return an unmodifiable list
     */
    public List<SecurityInfo> all() {
        return infos;
    }

    /**
     * The SecurityInfos of one variant.
     *
     * @param <T> the variant
     * @param type its class, such as {@code PaceInfo.class}
     * @return those SecurityInfos in the order read
     */
    public <T extends SecurityInfo> List<T> ofType(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (SecurityInfo info : infos) {
            if (type.isInstance(info)) {
                matching.add(type.cast(info));
            }
        }
        return List.copyOf(matching);
    }

    /**
     * The PACEInfos.
     *
     * @return those present, in the order read
     */
    public List<PaceInfo> paceInfos() {
        return ofType(PaceInfo.class);
    }

    /**
     * The PACEDomainParameterInfos.
     *
     * @return those present
     */
    public List<PaceDomainParameterInfo> paceDomainParameterInfos() {
        return ofType(PaceDomainParameterInfo.class);
    }

    /**
     * The ChipAuthenticationInfos.
     *
     * @return those present
     */
    public List<ChipAuthenticationInfo> chipAuthenticationInfos() {
        return ofType(ChipAuthenticationInfo.class);
    }

    /**
     * The ChipAuthenticationPublicKeyInfos.
     *
     * @return those present
     */
    public List<ChipAuthenticationPublicKeyInfo> chipAuthenticationPublicKeyInfos() {
        return ofType(ChipAuthenticationPublicKeyInfo.class);
    }

    /**
     * The TerminalAuthenticationInfos.
     *
     * @return those present
     */
    public List<TerminalAuthenticationInfo> terminalAuthenticationInfos() {
        return ofType(TerminalAuthenticationInfo.class);
    }

    /**
     * The ActiveAuthenticationInfos.
     *
     * @return those present
     */
    public List<ActiveAuthenticationInfo> activeAuthenticationInfos() {
        return ofType(ActiveAuthenticationInfo.class);
    }

    /**
     * The SecurityInfos of protocols not modelled here.
     *
     * @return those present, raw
     */
    public List<UnknownSecurityInfo> unknown() {
        return ofType(UnknownSecurityInfo.class);
    }

    /**
     * Equal if the SecurityInfos are equal and in the same order.
     *
     * @param o the other object
     * @return {@code true} for equal SecurityInfos
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SecurityInfos && infos.equals(((SecurityInfos) o).infos);
    }

    /**
     * A hash of the SecurityInfos.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return infos.hashCode();
    }

    /**
     * The SecurityInfos, described.
     *
     * @return such as {@code SecurityInfos[PaceInfo[...]]}
     */
    @Override
    public String toString() {
        return "SecurityInfos" + infos;
    }
}
