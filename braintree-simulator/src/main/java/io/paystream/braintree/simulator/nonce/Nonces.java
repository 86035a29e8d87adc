package io.paystream.braintree.simulator.nonce;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Resolves nonces: the fixed fake ones (reusable, as in the sandbox) and single-use ones minted here, which the
 * first sale or vaulting that uses them consumes. Guarded by the simulator's lock.
 */
public final class Nonces {

    /** What a nonce stands for when it was given to a sale or a vaulting. */
    public sealed interface Resolution permits Usable, Consumed, Unknown {}

    /** A nonce that may be used; {@code vaultedToken} is set when it was minted from a vaulted payment method. */
    public record Usable(String nonce, Instrument instrument, String vaultedToken) implements Resolution {}

    /** A nonce that was already used once. */
    public record Consumed() implements Resolution {}

    /** A nonce the gateway never issued. */
    public record Unknown() implements Resolution {}

    private final Map<String, Minted> minted = new HashMap<>();

    public Resolution resolve(String nonce) {
        if (FakeNonces.CONSUMED.equals(nonce)) {
            return new Consumed();
        }
        Minted single = minted.get(nonce);
        if (single != null) {
            return single.consumed ? new Consumed() : new Usable(nonce, single.instrument, single.vaultedToken);
        }
        return FakeNonces.lookup(nonce)
                .<Resolution>map(instrument -> new Usable(nonce, instrument, null))
                .orElseGet(Unknown::new);
    }

    /** Marks a minted nonce used; fixed fake nonces are left alone. */
    public void consume(String nonce) {
        Minted single = minted.get(nonce);
        if (single != null) {
            single.consumed = true;
        }
    }

    /** A new single-use nonce for {@code instrument}, as a client SDK's tokenization would issue. */
    public String mint(Instrument instrument, String vaultedToken) {
        String prefix = switch (instrument) {
            case Card card -> "tokencc_sm_";
            case PayPal payPal -> "tokenpp_sm_";
            case ApplePay applePay -> "tokenap_sm_";
            case GooglePay googlePay -> "tokengp_sm_";
        };
        byte[] random = new byte[12];
        ThreadLocalRandom.current().nextBytes(random);
        String nonce = prefix + HexFormat.of().formatHex(random);
        minted.put(nonce, new Minted(instrument, vaultedToken));
        return nonce;
    }

    public void reset() {
        minted.clear();
    }

    private static final class Minted {
        private final Instrument instrument;
        private final String vaultedToken;
        private boolean consumed;

        private Minted(Instrument instrument, String vaultedToken) {
            this.instrument = instrument;
            this.vaultedToken = vaultedToken;
        }
    }
}
