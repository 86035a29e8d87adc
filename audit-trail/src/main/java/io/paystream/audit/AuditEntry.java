package io.paystream.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a merchant's audit trail: its place in the merchant's chain, when, who, and what happened. Everything
 * here is sealed by {@link ChainHash}, the sequence included (so renumbering a record changes it).
 */
public record AuditEntry(String merchantId, long sequence, Instant recordedAt, Actor actor, AuditEvent event) {

    /** The canonical form's first line: a later form gets a new version, and old records keep theirs. */
    static final String FORM = "paystream-audit/1";

    public AuditEntry {
        AuditText.require(merchantId, "merchantId");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        // As PostgreSQL stores it: the seal must hold for the value read back.
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
    }

    /** An entry not yet in the chain: {@link ChainHead#seal} numbers it. */
    public static AuditEntry draft(String merchantId, Instant recordedAt, Actor actor, AuditEvent event) {
        return new AuditEntry(merchantId, 0, recordedAt, actor, event);
    }

    AuditEntry numbered(long sequence) {
        return new AuditEntry(merchantId, sequence, recordedAt, actor, event);
    }

    /**
     * The bytes the seal covers: the form's version, then one line per field in a fixed order, each value prefixed by
     * its length in UTF-8 bytes ({@code -} for none), so that no two different entries share a form.
     */
    public byte[] canonicalForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", merchantId);
        fields.put("sequence", Long.toString(sequence));
        fields.put("recordedAt", recordedAt.toString());
        fields.put("actor", actor.toString());
        fields.put("event", event.name());
        fields.putAll(event.fields());
        StringBuilder form = new StringBuilder(FORM).append('\n');
        fields.forEach((name, value) -> {
            form.append(name).append('=');
            if (value == null) {
                form.append('-');
            } else {
                form.append(value.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(value);
            }
            form.append('\n');
        });
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }
}
