package io.paystream.braintree.simulator.vault;

import java.time.Instant;

/** A vault customer, the owner of stored payment methods. */
public record Customer(
        String id, String firstName, String lastName, String email, String company, String phone, Instant createdAt) {}
