package io.paystream.braintree.simulator.vault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers and their payment methods, in creation order. A customer's first method is its default, as in the
 * sandbox; deleting the default promotes the oldest remaining one. Guarded by the simulator's lock.
 */
public final class Vault {

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, VaultedPaymentMethod> methods = new LinkedHashMap<>();

    public Optional<Customer> customer(String id) {
        return Optional.ofNullable(id).map(customers::get);
    }

    void add(Customer customer) {
        customers.put(customer.id(), customer);
    }

    void removeCustomer(String id) {
        customers.remove(id);
        methods.values().removeIf(method -> method.customerId().equals(id));
    }

    public Optional<VaultedPaymentMethod> method(String token) {
        return Optional.ofNullable(token).map(methods::get);
    }

    public List<VaultedPaymentMethod> methodsOf(String customerId) {
        return methods.values().stream()
                .filter(method -> method.customerId().equals(customerId))
                .toList();
    }

    /** Stores {@code method}; it becomes the default when asked to or when it is the customer's first. */
    void add(VaultedPaymentMethod method, boolean makeDefault) {
        boolean first = methodsOf(method.customerId()).isEmpty();
        if (makeDefault && !first) {
            methodsOf(method.customerId()).forEach(other -> methods.put(other.token(), other.withDefault(false)));
        }
        methods.put(method.token(), method.withDefault(makeDefault || first));
    }

    void removeMethod(String token) {
        VaultedPaymentMethod removed = methods.remove(token);
        if (removed != null && removed.isDefault()) {
            methodsOf(removed.customerId()).stream()
                    .findFirst()
                    .ifPresent(next -> methods.put(next.token(), next.withDefault(true)));
        }
    }

    String newCustomerId() {
        String id;
        do {
            id = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        } while (customers.containsKey(id));
        return id;
    }

    String newToken() {
        String token;
        do {
            token = randomAlphanumeric(7);
        } while (methods.containsKey(token));
        return token;
    }

    static String randomAlphanumeric(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    public void reset() {
        customers.clear();
        methods.clear();
    }
}
