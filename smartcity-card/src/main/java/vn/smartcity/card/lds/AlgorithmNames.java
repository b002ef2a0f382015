package vn.smartcity.card.lds;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Names of signature and key algorithms, from Bouncy Castle's table. */
final class AlgorithmNames {

    private static final DefaultAlgorithmNameFinder FINDER = new DefaultAlgorithmNameFinder();

    private AlgorithmNames() {}

    /** The algorithm's name, or the OID itself when it is malformed or Bouncy Castle does not know it. */
    static String name(String oid) {
        try {
            return FINDER.getAlgorithmName(new ASN1ObjectIdentifier(oid));
        } catch (IllegalArgumentException e) {
            return oid;
        }
    }
}
