package io.paystream.edge.security;

import io.paystream.contracts.MerchantIdFormat;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a shopper's token is: its {@code sub} within the merchant its {@code merchant_id} claim names, or within the
 * default merchant for a token without one. A claim that is no merchant id is refused, never guessed at.
 */
public final class Customers {

    /** The claim a storefront's client puts in its shoppers' tokens (a hard-coded claim mapper in Keycloak). */
    public static final String MERCHANT_CLAIM = "merchant_id";

    private static final Pattern MERCHANT_ID = Pattern.compile(MerchantIdFormat.PATTERN);

    private final String defaultMerchant;

    public Customers(String defaultMerchant) {
        this.defaultMerchant = defaultMerchant == null || defaultMerchant.isBlank() ? null : defaultMerchant;
    }

    public Customer of(Jwt token) {
        Object claim = token.getClaims().get(MERCHANT_CLAIM);
        String merchantId = claim == null ? defaultMerchant : claim.toString();
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()) {
            throw new ProblemException(
                    EdgeProblem.MERCHANT_UNKNOWN,
                    claim == null
                            ? "The token has no merchant_id claim"
                            : "The token's merchant_id claim is not a merchant id");
        }
        return new Customer(merchantId, token.getSubject());
    }
}
