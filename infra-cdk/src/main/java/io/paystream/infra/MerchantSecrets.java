package io.paystream.infra;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeySpec;
import software.amazon.awscdk.services.kms.KeyUsage;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * What keeps merchants' secrets (ARCHITECTURE §11) safe at rest: the KMS key-encryption key that wraps each merchant's
 * data key, and the pepper of the API-key hashes. Both are kept when the stack goes: losing the key loses every
 * merchant's gateway credentials and webhook signing secrets, losing the pepper every API key.
 */
final class MerchantSecrets extends Construct {

    static final String KEY_ALIAS = "alias/paystream-merchant-credentials";
    static final String PEPPER_SECRET_NAME = "paystream/api-key-pepper";
    /**
     * The merchant service seals credentials under fresh data keys and re-wraps data keys under the current key; the
     * webhook service seals its endpoints' signing secrets the same way.
     */
    static final List<String> SEAL_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey");

    private final Key keyEncryptionKey;
    private final Optional<IKey> retiringKey;
    private final Secret apiKeyPepper;

    MerchantSecrets(Construct scope, DeploySettings settings) {
        super(scope, "Merchants");
        int generation = settings.merchantKeyGeneration();
        // A new generation is a new construct id, so a new key; the old one is retained, not deleted.
        keyEncryptionKey = Key.Builder.create(this, generation == 1 ? "CredentialsKey" : "CredentialsKey" + generation)
                .description("Paystream merchant gateway credentials (generation " + generation + "): wraps each "
                        + "merchant's data key (envelope encryption); never encrypts credentials itself")
                .keySpec(KeySpec.SYMMETRIC_DEFAULT)
                .keyUsage(KeyUsage.ENCRYPT_DECRYPT)
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(30))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // A sibling of the key, not its child: a new generation moves the alias instead of creating a second one.
        Alias.Builder.create(this, "CredentialsKeyAlias")
                .aliasName(KEY_ALIAS)
                .targetKey(keyEncryptionKey)
                .build();
        retiringKey = settings.retiringMerchantKeyArn().map(arn -> Key.fromKeyArn(this, "RetiringCredentialsKey", arn));
        apiKeyPepper = Secret.Builder.create(this, "ApiKeyPepper")
                .secretName(PEPPER_SECRET_NAME)
                .description("HMAC-SHA256 pepper of API-key hashes; a new value invalidates every API key")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .includeSpace(false)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** The current key-encryption key: new data keys are wrapped by it. */
    Key keyEncryptionKey() {
        return keyEncryptionKey;
    }

    /** The pepper as one plain string. */
    ISecret apiKeyPepper() {
        return apiKeyPepper;
    }

    /** Encrypt, decrypt and generate data keys with the current key; decrypt only with the retiring one. */
    void grantSeal(IGrantable role) {
        keyEncryptionKey.grant(role, SEAL_ACTIONS.toArray(String[]::new));
        retiringKey.ifPresent(key -> key.grantDecrypt(role));
    }

    /** Decrypt only: open the sealed credentials a service fetched from the merchant service. */
    void grantOpen(IGrantable role) {
        keyEncryptionKey.grantDecrypt(role);
        retiringKey.ifPresent(key -> key.grantDecrypt(role));
    }
}
