package io.paystream.localstack.operator;

import io.paystream.credentials.LocalKeyFile;
import io.paystream.localstack.StackPorts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * {@code ./paystream rotate-kek}: rotates the local stack's key-encryption key while it runs. Adds a key to
 * {@code .paystream/key-encryption-keys.json} and makes it current (the merchant service reads the file again),
 * re-wraps every merchant's data key under it through the operator API, and retires the old keys once none is left
 * under them. On AWS the same re-wrap follows a new KMS key (docs/deploy.md).
 */
public final class KeyEncryptionKeyRotation {

    private KeyEncryptionKeyRotation() {}

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("paystream.home", ".paystream"));
        Path keyFile = home.resolve("key-encryption-keys.json");
        Operator operator = Operator.signIn(
                "http://localhost:" + StackPorts.KEYCLOAK + "/realms/paystream/protocol/openid-connect/token",
                "http://localhost:" + StackPorts.MERCHANTS);

        String newKey = LocalKeyFile.rotate(keyFile, Clock.systemUTC());
        System.out.println("Added key-encryption key " + newKey + " to " + keyFile + "; it wraps from now on");
        Operator.Answer report =
                operator.post("/v1/admin/key-encryption-keys/rewrap", "rotate-kek-" + UUID.randomUUID(), null);
        if (report.status() != 200) {
            System.err.println("The re-wrap failed (" + report.status() + " " + report.body() + "); the old keys stay"
                    + " in the file, so every credential still opens: run ./paystream rotate-kek again");
            System.exit(1);
        }
        long remaining = report.body().path("remaining").asLong();
        System.out.printf(
                "Re-wrapped %d merchants' data keys under %s; %d remain under older keys%n",
                report.body().path("rewrapped").asInt(),
                report.body().path("currentKeyId").asString(),
                remaining);
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
