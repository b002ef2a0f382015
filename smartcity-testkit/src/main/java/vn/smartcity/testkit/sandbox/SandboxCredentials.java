package vn.smartcity.testkit.sandbox;

/**
 * The test credentials every sandbox accepts. They are published here on purpose: they open
 * nothing but the sandbox.
 *
 * @param clientId the OAuth 2 client id of the bus token endpoint
 * @param clientSecret the OAuth 2 client secret
 * @param dvcqgUsername the DVCQG adapter user name
 * @param dvcqgPassword the DVCQG adapter password
 * @param dvcqgDstCode the DVCQG {@code dstcode} header value
 * @param agencyCode the calling agency's code ({@code madonvi}), Thừa Thiên Huế's provincial
 *     people's committee
 * @param open311ApiKey the Open311 API key for creating requests
 * @param payGovPartnerCode the PayGov partner code
 * @param payGovAccessKey the PayGov access key
 * @param payGovSecretKey the PayGov secret key used in checksums
 * @param dvcqgPaymentHashKey the hash key of the DVCQG payment platform's {@code MaXacThuc}
 * @param vnpayTmnCode the VNPay merchant (terminal) code
 * @param vnpayHashSecret the VNPay HMAC-SHA512 secret
 */
public record SandboxCredentials(
        String clientId,
        String clientSecret,
        String dvcqgUsername,
        String dvcqgPassword,
        String dvcqgDstCode,
        String agencyCode,
        String open311ApiKey,
        String payGovPartnerCode,
        String payGovAccessKey,
        String payGovSecretKey,
        String dvcqgPaymentHashKey,
        String vnpayTmnCode,
        String vnpayHashSecret) {

    /** The credentials of every sandbox. */
    public static final SandboxCredentials DEFAULT = new SandboxCredentials(
            "smartcity-sandbox",
            "sandbox-client-secret",
            "sandbox",
            "sandbox-password",
            "SANDBOX",
            "000.00.00.H57",
            "sandbox-open311-key",
            "SANDBOX01",
            "sandbox-access-key",
            "sandbox-secret-key",
            "sandbox-dvcqg-pay-key",
            "SANDBOX1",
            "SANDBOXVNPAYHASHSECRET0123456789");
}
