package io.paystream.wallet.method;

import io.paystream.contracts.DefaultMerchant;
import io.paystream.contracts.PaymentMethodRemoved;
import io.paystream.contracts.WalletTopics;
import io.paystream.edge.security.Customer;
import io.paystream.outbox.KafkaOutbox;
import io.paystream.wallet.vault.MerchantVaults;
import io.paystream.wallet.vault.Vault;
import io.paystream.wallet.vault.VaultUnavailable;
import io.paystream.wallet.vault.VaultedMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wallet's use cases, for a customer (merchant and sub) at its merchant's own Braintree vault. Braintree is called
 * outside database transactions; every change to one customer's
 * methods runs under a lock on the customer row, so exactly one method is the default at any time.
 */
@Service
public class WalletService {

    private static final Logger log = LoggerFactory.getLogger(WalletService.class);

    private final PaymentMethods methods;
    private final KafkaOutbox outbox;
    private final MerchantVaults vaults;
    private final TransactionTemplate transactions;
    private final WalletProperties properties;
    private final JsonMapper json;

    WalletService(
            PaymentMethods methods,
            KafkaOutbox outbox,
            MerchantVaults vaults,
            TransactionTemplate transactions,
            WalletProperties properties,
            JsonMapper json) {
        this.methods = methods;
        this.outbox = outbox;
        this.vaults = vaults;
        this.transactions = transactions;
        this.properties = properties;
        this.json = json;
    }

    /** The result of an add: the method, and whether it was added by an earlier request with the same key. */
    public record Added(PaymentMethodView method, boolean replayed) {}

    public List<PaymentMethodView> list(Customer customer) {
        return methods.active(customer).stream().map(this::view).toList();
    }

    public PaymentMethodView get(Customer customer, String id) {
        return view(methods.active(customer, id).orElseThrow(WalletRefused::notFound));
    }

    public InternalPaymentMethodView internalLookup(Customer customer, String id) {
        StoredMethod method = methods.active(customer, id).orElseThrow(WalletRefused::notFound);
        return new InternalPaymentMethodView(
                method.id(), method.type(), method.gatewayToken(), method.brand(), method.last4());
    }

    public Added add(Customer customer, AddPaymentMethod request, String idempotencyKey) {
        Optional<Added> replay = replay(customer, request, idempotencyKey);
        if (replay.isPresent()) {
            return replay.get();
        }
        requireRoom(customer);
        Vault vault = vaults.of(customer.merchantId());
        String gatewayCustomerId = gatewayCustomer(vault, customer);
        VaultedMethod vaulted = vault.vault(gatewayCustomerId, request.nonce());
        if (vaulted.type() != request.type()) {
            vault.remove(vaulted.gatewayToken());
            throw new WalletRefused(
                    WalletRefused.Refusal.PAYMENT_METHOD_TYPE_MISMATCH,
                    "The nonce is for " + vaulted.type() + ", not " + request.type());
        }
        StoredMethod method = new StoredMethod(
                "pm_" + UUID.randomUUID().toString().replace("-", ""),
                customer.merchantId(),
                customer.subject(),
                vaulted.type(),
                vaulted.gatewayToken(),
                vaulted.brand(),
                vaulted.last4(),
                vaulted.expiryMonth(),
                vaulted.expiryYear(),
                vaulted.payerEmail(),
                request.nickname(),
                toJson(request.billingAddress()),
                false,
                request.fingerprint(),
                Instant.now());
        try {
            transactions.executeWithoutResult(status -> store(method, idempotencyKey, request.makeDefault()));
        } catch (RuntimeException notStored) {
            // Nothing may stay in the vault that the customer cannot see in the wallet.
            vault.remove(vaulted.gatewayToken());
            throw replay(customer, request, idempotencyKey).isPresent()
                    ? new WalletRefused(
                            WalletRefused.Refusal.IDEMPOTENCY_KEY_IN_FLIGHT,
                            "A request with this Idempotency-Key was completing at the same time; retry it")
                    : notStored;
        }
        return new Added(get(customer, method.id()), false);
    }

    public PaymentMethodView update(Customer customer, String id, UpdatePaymentMethod request) {
        transactions.executeWithoutResult(status -> {
            StoredMethod method = lockedMethod(customer, id);
            if (Boolean.TRUE.equals(request.makeDefault())) {
                methods.makeDefault(customer, id);
            } else if (Boolean.FALSE.equals(request.makeDefault()) && method.isDefault()) {
                throw new WalletRefused(
                        WalletRefused.Refusal.DEFAULT_REQUIRED,
                        "A wallet always has a default: make another method the default instead");
            }
            methods.rename(customer, id, request.nickname(), toJson(request.billingAddress()));
        });
        return get(customer, id);
    }

    /**
     * Gone for the customer at once, and told to whoever remembers it ({@link PaymentMethodRemoved}, in the same
     * transaction); removed from the vault before the answer, or by the janitor if Braintree is down.
     */
    public void delete(Customer customer, String id) {
        StoredMethod method = transactions.execute(status -> {
            StoredMethod doomed = lockedMethod(customer, id);
            methods.markDeleting(customer, id);
            PaymentMethodRemoved removed = new PaymentMethodRemoved(
                    "evt_" + UUID.randomUUID(), customer.merchantId(), customer.subject(), id, Instant.now());
            outbox.append(WalletTopics.METHOD_REMOVED, customer.subject(), json.writeValueAsString(removed));
            if (doomed.isDefault()) {
                methods.active(customer).stream()
                        .findFirst()
                        .ifPresent(next -> methods.makeDefault(customer, next.id()));
            }
            return doomed;
        });
        removeFromVault(method.id(), method.merchantId(), method.gatewayToken());
    }

    void removeFromVault(String id, String merchantId, String gatewayToken) {
        try {
            vaults.of(merchantId).remove(gatewayToken);
            methods.delete(merchantId, id);
        } catch (VaultUnavailable | MerchantVaults.MerchantNotConfigured unavailable) {
            log.warn(
                    "Payment method {} is deleted for its customer; its vault removal will be retried: {}",
                    id,
                    unavailable.getMessage());
        }
    }

    private StoredMethod lockedMethod(Customer customer, String id) {
        if (!methods.lockCustomer(customer)) {
            throw WalletRefused.notFound();
        }
        return methods.active(customer, id).orElseThrow(WalletRefused::notFound);
    }

    private Optional<Added> replay(Customer customer, AddPaymentMethod request, String idempotencyKey) {
        return methods.byIdempotencyKey(customer, idempotencyKey).map(earlier -> {
            if (!earlier.requestFingerprint().equals(request.fingerprint())) {
                throw new WalletRefused(
                        WalletRefused.Refusal.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for a different request");
            }
            return new Added(view(earlier), true);
        });
    }

    private void requireRoom(Customer customer) {
        if (methods.countActive(customer) >= properties.maxMethodsPerCustomer()) {
            throw new WalletRefused(
                    WalletRefused.Refusal.WALLET_FULL,
                    "A wallet holds at most " + properties.maxMethodsPerCustomer() + " payment methods");
        }
    }

    private void store(StoredMethod method, String idempotencyKey, Boolean makeDefault) {
        Customer customer = new Customer(method.merchantId(), method.customerId());
        methods.lockCustomer(customer);
        requireRoom(customer);
        boolean first = methods.countActive(customer) == 0;
        methods.insert(method, idempotencyKey);
        if (first || Boolean.TRUE.equals(makeDefault)) {
            methods.makeDefault(customer, method.id());
        }
    }

    /**
     * The Braintree customer of this Paystream customer at its merchant's account: derived from who they are, so a
     * retry finds the same one. mer_demo's customers keep the one derived from their sub alone, as before merchants.
     */
    private String gatewayCustomer(Vault vault, Customer customer) {
        return methods.gatewayCustomerId(customer).orElseGet(() -> {
            String identity = customer.merchantId().equals(DefaultMerchant.ID)
                    ? customer.subject()
                    : customer.merchantId() + "/" + customer.subject();
            String gatewayCustomerId = "ps" + sha256(identity).substring(0, 30);
            vault.ensureCustomer(gatewayCustomerId);
            methods.saveCustomer(customer, gatewayCustomerId);
            return gatewayCustomerId;
        });
    }

    private PaymentMethodView view(StoredMethod method) {
        BillingAddress address =
                method.billingAddress() == null ? null : json.readValue(method.billingAddress(), BillingAddress.class);
        return new PaymentMethodView(
                method.id(),
                method.type(),
                method.brand(),
                method.last4(),
                method.expiryMonth(),
                method.expiryYear(),
                method.payerEmail(),
                method.nickname(),
                address,
                method.isDefault(),
                method.createdAt());
    }

    private String toJson(BillingAddress address) {
        return address == null ? null : json.writeValueAsString(address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
