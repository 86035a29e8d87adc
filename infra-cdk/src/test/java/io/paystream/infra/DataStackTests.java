package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(stacks -> stacks.foundation().data());
    }

    @Test
    void auroraServerlessClusterIsEncryptedAtRestAndProtectedFromDeletion() {
        template.hasResourceProperties(
                "AWS::RDS::DBCluster",
                Map.of(
                        "Engine",
                        "aurora-postgresql",
                        "StorageEncrypted",
                        true,
                        "DeletionProtection",
                        true,
                        "ServerlessV2ScalingConfiguration",
                        Map.of("MinCapacity", 0.5, "MaxCapacity", 4)));
        template.hasResource("AWS::RDS::DBCluster", Map.of("DeletionPolicy", "Snapshot"));
    }

    @Test
    void noDatabaseInstanceIsPubliclyAccessible() {
        template.resourceCountIs("AWS::RDS::DBInstance", 2);
        template.allResourcesProperties("AWS::RDS::DBInstance", Map.of("PubliclyAccessible", false));
    }

    @Test
    void databaseLivesInTheIsolatedSubnetsOnly() {
        template.hasResourceProperties(
                "AWS::RDS::DBSubnetGroup",
                Map.of(
                        "SubnetIds",
                        List.of(
                                MessagingStackTests.importOf("dataSubnet1"),
                                MessagingStackTests.importOf("dataSubnet2"))));
    }

    @Test
    void clientsMustUseTls() {
        template.hasResourceProperties(
                "AWS::RDS::DBClusterParameterGroup", Map.of("Parameters", Map.of("rds.force_ssl", "1")));
    }

    @Test
    void eachServiceWithADatabaseHasItsOwnGeneratedCredentials() {
        List<String> names = TemplateQueries.properties(template, "AWS::SecretsManager::Secret").values().stream()
                .peek(secret ->
                        assertThat(secret).containsKey("GenerateSecretString").doesNotContainKey("SecretString"))
                .map(secret -> (String) secret.get("Name"))
                .sorted()
                .toList();

        assertThat(names)
                .containsExactly(
                        "paystream/api-key-pepper",
                        "paystream/db/admin",
                        "paystream/db/merchants",
                        "paystream/db/orchestrator",
                        "paystream/db/orders",
                        "paystream/db/platform",
                        "paystream/db/wallet",
                        "paystream/db/webhooks");
        template.hasResourceProperties(
                "AWS::SecretsManager::Secret",
                Map.of(
                        "Name",
                        "paystream/db/wallet",
                        "GenerateSecretString",
                        Match.objectLike(Map.of(
                                "SecretStringTemplate",
                                Map.of(
                                        "Fn::Join",
                                        Match.arrayWith(List.of(Match.arrayWith(List.of(Match.stringLikeRegexp(
                                                ".*\"username\":\"wallet\",\"dbname\":\"wallet\".*"))))))))));
    }

    @Test
    void merchantCredentialsKeyIsSymmetricRotatesYearlyAndIsKeptWhenTheStackGoes() {
        template.resourceCountIs("AWS::KMS::Key", 1);
        template.hasResource(
                "AWS::KMS::Key",
                Map.of(
                        "DeletionPolicy",
                        "Retain",
                        "UpdateReplacePolicy",
                        "Retain",
                        "Properties",
                        Match.objectLike(Map.of(
                                "KeySpec",
                                "SYMMETRIC_DEFAULT",
                                "KeyUsage",
                                "ENCRYPT_DECRYPT",
                                "EnableKeyRotation",
                                true,
                                "Description",
                                Match.stringLikeRegexp(
                                        ".*wraps each merchant's data key \\(envelope encryption\\).*")))));
        template.hasResourceProperties(
                "AWS::KMS::Alias",
                Map.of(
                        "AliasName",
                        "alias/paystream-merchant-credentials",
                        "TargetKeyId",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("MerchantsCredentialsKey.*"), "Arn"))));
    }

    @Test
    void apiKeyPepperIsLongRandomWithoutPunctuationAndKept() {
        template.hasResource(
                "AWS::SecretsManager::Secret",
                Map.of(
                        "DeletionPolicy",
                        "Retain",
                        "Properties",
                        Match.objectLike(Map.of(
                                "Name",
                                "paystream/api-key-pepper",
                                "GenerateSecretString",
                                Map.of("PasswordLength", 64, "ExcludePunctuation", true, "IncludeSpace", false)))));
        assertThat(MerchantSecrets.PEPPER_SECRET_NAME).isEqualTo("paystream/api-key-pepper");
    }
}
