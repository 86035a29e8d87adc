package io.paystream.localstack.operator;

import io.paystream.credentials.LocalKeyFile;
import io.paystream.localstack.StackPorts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./paystream rotate-kek}: rotates the local stack's key-encryption key while it runs. Adds a key to
 * {@code .paystream/key-encryption-keys.json} and makes it current (the merchant service reads the file again),
 * re-wraps every merchant's data key and every webhook endpoint's secret under it through the operator APIs of
 * merchant-service and webhook-service, and retires the old keys once none is left under them. On AWS the same re-wrap follows a new KMS key (docs/deploy.md).
 */
public final class KeyEncryptionKeyRotation {

    private KeyEncryptionKeyRotation() {}

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("paystream.home", ".paystream"));
        Path keyFile = home.resolve("key-encryption-keys.json");
        String tokenEndpoint =
                "http://localhost:" + StackPorts.KEYCLOAK + "/realms/paystream/protocol/openid-connect/token";

        String newKey = LocalKeyFile.rotate(keyFile, Clock.systemUTC());
        System.out.println("Added key-encryption key " + newKey + " to " + keyFile + "; it wraps from now on");
        long remaining = 0;
        // Each service that seals with the key re-wraps its own: merchants' credentials, endpoints' signing secrets.
        for (var sealer : Map.of(
                        "merchants' credentials",
                        "http://localhost:" + StackPorts.MERCHANTS + "/v1/admin",
                        "webhook endpoints' secrets",
                        "http://localhost:" + StackPorts.WEBHOOKS + "/v1/admin/webhooks")
                .entrySet()) {
            Operator operator = Operator.signIn(tokenEndpoint, sealer.getValue());
            Operator.Answer report =
                    operator.post("/key-encryption-keys/rewrap", "rotate-kek-" + UUID.randomUUID(), null);
            if (report.status() != 200) {
                System.err.println("The re-wrap of the " + sealer.getKey() + " failed (" + report.status() + " "
                        + report.body() + "); the old keys stay in the file, so everything still opens: run"
                        + " ./paystream rotate-kek again");
                System.exit(1);
            }
            remaining += report.body().path("remaining").asLong();
            System.out.printf(
                    "Re-wrapped %d data keys of the %s under %s; %d remain under older keys%n",
                    report.body().path("rewrapped").asInt(),
                    sealer.getKey(),
                    report.body().path("currentKeyId").asString(),
                    report.body().path("remaining").asLong());
        }
        if (remaining > 0) {
            System.err.println(
                    "Older keys kept: some data keys are still under them; run ./paystream rotate-kek again");
            System.exit(1);
        }
        List<String> retired = LocalKeyFile.retireAllButCurrent(keyFile);
        System.out.println("Retired " + (retired.isEmpty() ? "no key" : String.join(", ", retired)) + ": only " + newKey
                + " is left in " + keyFile);
    }
}
