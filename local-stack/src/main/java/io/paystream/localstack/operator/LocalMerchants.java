package io.paystream.localstack.operator;

import io.paystream.braintree.simulator.SimulatorSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The local stack's two merchants, {@code mer_demo} (the simulator's default credentials, and every shopper of the
 * paystream-cli storefront) and {@code mer_acme} (credentials of its own, the acme-web storefront), each with one API
 * key for its order team. Created through the operator API at every start, which replays once they exist; a key is
 * issued once and kept in {@code .paystream/api-keys.properties} (local only: a real key is shown once and kept by
 * whoever asked for it).
 */
public final class LocalMerchants {

    /** mer_acme's Braintree account, which the local simulator serves beside the default one. */
    public static final SimulatorSettings.Merchant ACME_BRAINTREE =
            new SimulatorSettings.Merchant("acme_merchant", "acme_public_key", "acme_private_key");

    /**
     * The scopes of the back office's key: capture at shipment, refund a return, read payments and orders, manage the
     * merchant's webhooks. A key issued by an earlier start with other scopes is replaced.
     */
    private static final String BACK_OFFICE_SCOPES =
            "[\"payments:read\", \"payments:write\", \"orders:read\", \"webhooks:manage\"]";

    private LocalMerchants() {}

    /** Sets both merchants up; returns each merchant's API key, by merchant id. */
    public static Map<String, String> setUp(String tokenEndpoint, String merchantService, Path home) {
        Operator operator = Operator.signIn(tokenEndpoint, merchantService);
        ensure(
                operator,
                "mer_demo",
                "Demo Store",
                SimulatorSettings.DEFAULT_MERCHANT_ID,
                SimulatorSettings.DEFAULT_PUBLIC_KEY,
                SimulatorSettings.DEFAULT_PRIVATE_KEY,
                "paystream_usd");
        ensure(
                operator,
                "mer_acme",
                "Acme Outdoor",
                ACME_BRAINTREE.merchantId(),
                ACME_BRAINTREE.publicKey(),
                ACME_BRAINTREE.privateKey(),
                "paystream_usd");
        Path keyFile = home.resolve("api-keys.properties");
        Properties keys = read(keyFile);
        Map<String, String> byMerchant = new LinkedHashMap<>();
        for (String merchant : new String[] {"mer_demo", "mer_acme"}) {
            if (keys.getProperty(merchant) == null
                    || !BACK_OFFICE_SCOPES.equals(keys.getProperty(merchant + ".scopes"))) {
                keys.setProperty(merchant, issueKey(operator, merchant));
                keys.setProperty(merchant + ".scopes", BACK_OFFICE_SCOPES);
                write(keyFile, keys);
            }
            byMerchant.put(merchant, keys.getProperty(merchant));
        }
        return byMerchant;
    }

    private static void ensure(
            Operator operator,
            String id,
            String name,
            String braintreeMerchantId,
            String publicKey,
            String privateKey,
            String usdAccount) {
        String body = """
                {"id": "%s", "name": "%s",
                 "braintree": {"merchantId": "%s", "publicKey": "%s", "privateKey": "%s",
                               "merchantAccounts": {"USD": "%s"}}}""".formatted(id, name, braintreeMerchantId, publicKey, privateKey, usdAccount);
        Operator.Answer created = operator.post("/v1/admin/merchants", "local-stack-" + id, body);
        // 409: made by an earlier start whose key has since expired from the idempotency store (30 days).
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("could not create " + id + ": " + created.status() + " " + created.body());
        }
    }

    /** The local API key of {@code merchant} that the stack printed at its start (local only). */
    public static String apiKey(Path home, String merchant) {
        String key = read(home.resolve("api-keys.properties")).getProperty(merchant);
        if (key == null) {
            throw new IllegalStateException("No API key of " + merchant + " in " + home + ": start the stack first");
        }
        return key;
    }

    private static String issueKey(Operator operator, String merchant) {
        Operator.Answer issued = operator.post(
                "/v1/admin/merchants/" + merchant + "/api-keys",
                "local-stack-key-" + merchant + "-" + System.nanoTime(),
                "{\"name\": \"back office (local stack)\", \"scopes\": " + BACK_OFFICE_SCOPES + "}");
        if (issued.status() != 201) {
            throw new IllegalStateException(
                    "could not issue a key for " + merchant + ": " + issued.status() + " " + issued.body());
        }
        return issued.body().path("key").asString();
    }

    private static Properties read(Path file) {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                keys.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static void write(Path file, Properties keys) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                keys.store(out, "The local stack's API keys, one per merchant (local only)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
