package io.paystream.infra;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.constructs.Node;

/**
 * The knobs of a deployment, read from CDK context ({@code cdk.json} or {@code -c name=value}); every one has a
 * default, so {@code cdk synth} needs nothing. No account or region among them: the stacks are env-agnostic and
 * take both from the credentials {@code cdk deploy} runs with.
 *
 * @param imageTag tag of the service images in their ECR repositories (deploy with the git commit)
 * @param natGateways NAT gateways (1 is cheapest; 2 survives the loss of an availability zone)
 * @param databaseReaders Aurora Serverless v2 readers besides the writer (1 gives a fast failover)
 * @param databaseMinCapacity, databaseMaxCapacity Aurora capacity units per instance
 * @param braintreeSecretName Secrets Manager secret holding {@code merchantId}, {@code publicKey}, {@code privateKey}
 * @param braintreeEnvironment {@code sandbox} or {@code production}
 * @param braintreeMerchantAccounts merchant account id per ISO 4217 currency ({@code USD=acct_usd,EUR=acct_eur})
 * @param checkoutCallbackUrls OAuth 2.0 redirect URIs of the checkout client
 * @param operatorCallbackUrls OAuth 2.0 redirect URIs of the operators' client (the operator API, §11)
 * @param merchantKeyGeneration which key-encryption key of merchants' credentials is current; raising it creates a
 *     new KMS key (the old one is retained) — see "Merchant credentials and API keys" in docs/deploy.md
 * @param retiringMerchantKeyArn the previous key-encryption key, still open for Decrypt until every data key is
 *     re-wrapped under the current one; none when empty
 * @param apiRateLimit, apiBurstLimit HTTP API throttling (requests per second, burst) for the whole stage
 * @param alarmEmail where alarms are mailed; none when empty
 */
public record DeploySettings(
        String imageTag,
        int natGateways,
        int databaseReaders,
        double databaseMinCapacity,
        double databaseMaxCapacity,
        String braintreeSecretName,
        String braintreeEnvironment,
        Map<String, String> braintreeMerchantAccounts,
        List<String> checkoutCallbackUrls,
        List<String> operatorCallbackUrls,
        int merchantKeyGeneration,
        Optional<String> retiringMerchantKeyArn,
        double apiRateLimit,
        int apiBurstLimit,
        Optional<String> alarmEmail) {

    public static DeploySettings defaults() {
        return new DeploySettings(
                "latest",
                1,
                1,
                0.5,
                4,
                "paystream/braintree",
                "sandbox",
                Map.of("USD", "paystream_usd", "EUR", "paystream_eur", "GBP", "paystream_gbp", "JPY", "paystream_jpy"),
                List.of("http://localhost:3000/callback"),
                List.of("http://localhost:3001/callback"),
                1,
                Optional.empty(),
                200,
                400,
                Optional.empty());
    }

    /** The defaults, overridden by whatever context the app was given. */
    public static DeploySettings from(Node node) {
        DeploySettings d = defaults();
        return new DeploySettings(
                text(node, "imageTag", d.imageTag),
                (int) number(node, "natGateways", d.natGateways),
                (int) number(node, "databaseReaders", d.databaseReaders),
                number(node, "databaseMinCapacity", d.databaseMinCapacity),
                number(node, "databaseMaxCapacity", d.databaseMaxCapacity),
                text(node, "braintreeSecretName", d.braintreeSecretName),
                text(node, "braintreeEnvironment", d.braintreeEnvironment),
                Optional.ofNullable(node.tryGetContext("braintreeMerchantAccounts"))
                        .map(value -> accounts(value.toString()))
                        .orElse(d.braintreeMerchantAccounts),
                list(node, "checkoutCallbackUrls", d.checkoutCallbackUrls),
                list(node, "operatorCallbackUrls", d.operatorCallbackUrls),
                (int) number(node, "merchantKeyGeneration", d.merchantKeyGeneration),
                optional(node, "retiringMerchantKeyArn"),
                number(node, "apiRateLimit", d.apiRateLimit),
                (int) number(node, "apiBurstLimit", d.apiBurstLimit),
                optional(node, "alarmEmail"));
    }

    /** {@code USD=acct_usd,EUR=acct_eur}. */
    private static Map<String, String> accounts(String value) {
        return Arrays.stream(value.split(","))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0].trim(), pair -> pair[1].trim()));
    }

    private static List<String> list(Node node, String key, List<String> fallback) {
        Object value = node.tryGetContext(key);
        return value == null ? fallback : Arrays.asList(value.toString().split(","));
    }

    private static Optional<String> optional(Node node, String key) {
        return Optional.ofNullable(node.tryGetContext(key))
                .map(Object::toString)
                .filter(value -> !value.isBlank());
    }

    private static String text(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        return value == null ? fallback : value.toString();
    }

    private static double number(Node node, String key, double fallback) {
        Object value = node.tryGetContext(key);
        return value == null ? fallback : Double.parseDouble(value.toString());
    }
}
