package vn.smartcity.card.pa;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.PublicKey;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.smartcity.card.sod.DigestAlgorithm;
import vn.smartcity.card.sod.EncodedCertificate;
import vn.smartcity.card.sod.SignatureAlgorithm;
import vn.smartcity.card.sod.SignedData;
import vn.smartcity.card.sod.SignerInfo;

/**
 * Hashes and signature checks over bytes as read, with one private Bouncy Castle provider. Each
 * check answers with an {@link Outcome} whose reason says what matched or what did not.
 */
final class Crypto {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";

    /** PKCS#1 v1.5 signature OIDs (RFC 8017, appendix A.2.4) for a SignerInfo naming rsaEncryption. */
    private static final Map<DigestAlgorithm, String> RSA_PKCS1 = Map.of(
            DigestAlgorithm.SHA1, "1.2.840.113549.1.1.5",
            DigestAlgorithm.SHA224, "1.2.840.113549.1.1.14",
            DigestAlgorithm.SHA256, "1.2.840.113549.1.1.11",
            DigestAlgorithm.SHA384, "1.2.840.113549.1.1.12",
            DigestAlgorithm.SHA512, "1.2.840.113549.1.1.13");

    /**
     * The outcome of a check.
     *
     * @param ok whether it succeeded
     * @param reason what matched, or what did not
     */
    record Outcome(boolean ok, String reason) {}

    private Crypto() {}

    static byte[] digest(DigestAlgorithm algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName(), PROVIDER).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle lacks " + algorithm, e);
        }
    }

    /**
     * Verifies one SignerInfo of a SignedData with a certificate's key (RFC 5652, section 5.4):
     * content-type and message-digest attributes, then the signature over the signed attributes.
     */
    static Outcome verifySigner(SignedData signedData, SignerInfo signer, EncodedCertificate certificate) {
        byte[] signed = signer.signedBytes().orElse(null);
        if (signed == null) {
            return new Outcome(
                    false,
                    "the SignerInfo has no signed attributes; Doc 9303 requires content-type and message-digest");
        }
        String contentType = signer.contentType().orElse(null);
        if (contentType == null) {
            return new Outcome(false, "the SignerInfo has no content-type signed attribute");
        }
        if (!contentType.equals(signedData.contentType())) {
            return new Outcome(
                    false,
                    "the content-type attribute " + contentType + " differs from the eContentType "
                            + signedData.contentType());
        }
        byte[] messageDigest = signer.messageDigest().orElse(null);
        if (messageDigest == null) {
            return new Outcome(false, "the SignerInfo has no message-digest signed attribute");
        }
        DigestAlgorithm digest = signer.digestAlgorithm();
        if (!MessageDigest.isEqual(messageDigest, digest(digest, signedData.content()))) {
            return new Outcome(
                    false, "the message-digest attribute differs from the " + digest + " of the encapsulated content");
        }
        SignatureAlgorithm algorithm = signer.signatureAlgorithm();
        AlgorithmIdentifier id = signerAlgorithm(algorithm, digest);
        Outcome signature =
                verify(certificate.certificate().getPublicKey(), id, algorithm.name(), signed, signer.signature());
        if (!signature.ok()) {
            return new Outcome(false, signature.reason() + " of " + certificate.subject());
        }
        return new Outcome(
                true,
                algorithm.name() + " signature by " + certificate.subject()
                        + " verifies over the signed attributes; content-type and message-digest match");
    }

    /** Verifies a certificate's signature over its tbsCertificate as read with an issuer key. */
    static Outcome verifyCertificate(EncodedCertificate certificate, EncodedCertificate issuer) {
        SignatureAlgorithm algorithm = certificate.signatureAlgorithm();
        Outcome signature = verify(
                issuer.certificate().getPublicKey(),
                identifier(algorithm),
                algorithm.name(),
                certificate.tbsCertificate(),
                certificate.signature());
        return signature.ok()
                ? new Outcome(true, algorithm.name() + " signature verifies with the key of " + issuer.subject())
                : new Outcome(false, signature.reason() + " of " + issuer.subject());
    }

    private static AlgorithmIdentifier signerAlgorithm(SignatureAlgorithm algorithm, DigestAlgorithm digest) {
        if (RSA_ENCRYPTION.equals(algorithm.oid())) {
            // Some issuers name rsaEncryption and leave the hash to the SignerInfo's digestAlgorithm.
            return new AlgorithmIdentifier(new ASN1ObjectIdentifier(RSA_PKCS1.get(digest)), DERNull.INSTANCE);
        }
        return identifier(algorithm);
    }

    private static AlgorithmIdentifier identifier(SignatureAlgorithm algorithm) {
        try {
            return AlgorithmIdentifier.getInstance(ASN1Primitive.fromByteArray(algorithm.encoded()));
        } catch (IOException e) {
            // SignatureAlgorithm holds an AlgorithmIdentifier that Bouncy Castle parsed already.
            throw new IllegalStateException("unreadable AlgorithmIdentifier", e);
        }
    }

    private static Outcome verify(PublicKey key, AlgorithmIdentifier id, String name, byte[] signed, byte[] signature) {
        try {
            ContentVerifier verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(PROVIDER)
                    .build(key)
                    .get(id);
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(signed);
            }
            return verifier.verify(signature)
                    ? new Outcome(true, name + " signature verifies")
                    : new Outcome(false, "the " + name + " signature does not verify with the key");
        } catch (OperatorCreationException e) {
            return new Outcome(false, name + " cannot be verified (" + e.getMessage() + ") with the key");
        } catch (RuntimeOperatorException
                | IOException
                | IllegalArgumentException
                | IllegalStateException
                | ArithmeticException e) {
            // Bouncy Castle reports some malformed keys and signatures this way rather than as false.
            return new Outcome(false, "the " + name + " signature is malformed or does not fit the key");
        }
    }
}
