package vn.smartcity.card.lds;

import java.util.Arrays;
import java.util.Objects;

/**
 * A SecurityInfo whose protocol is not modelled here (such as id-CA-DH domain parameters, id-RI or
 * a national extension), kept as read.
 */
public final class UnknownSecurityInfo implements SecurityInfo {

    private final String protocol;
    private final byte[] encoded;

    UnknownSecurityInfo(String protocol, byte[] encoded) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.encoded = encoded.clone();
    }

    /**
     * The protocol.
     *
     * @return the dotted OID
     */
    @Override
    public String protocol() {
        return protocol;
    }

    /**
     * The whole SecurityInfo as read.
     *
     * @return a copy of its DER encoding, SEQUENCE tag included
     */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * Equal if the encodings are equal.
     *
     * @param o the other object
     * @return {@code true} for an unknown SecurityInfo with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownSecurityInfo && Arrays.equals(encoded, ((UnknownSecurityInfo) o).encoded);
    }

    /**
     * A hash of the encoding.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    /**
     * The protocol and size.
     *
     * @return such as {@code UnknownSecurityInfo[protocol=1.3.27.1.1.13, 57 bytes]}
     */
    @Override
    public String toString() {
        return "UnknownSecurityInfo[protocol=" + protocol + ", " + encoded.length + " bytes]";
    }
}
