package io.paystream.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.audit.AuditEvent.GatewayAttempt;
import io.paystream.audit.AuditEvent.MoneyRequest;
import io.paystream.audit.ChainBreak.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tampering as someone with write access to the table would do it, and what the verifier names. */
class ChainVerifierTests {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00.123456789Z");

    @Test
    void anUntouchedChainIsIntactAndEndsAtItsLastRecord() {
        List<ChainedRecord> chain = chain(5);

        ChainVerdict verdict = ChainVerifier.verify(ChainHead.genesis(), chain);

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.checked()).isEqualTo(5);
        assertThat(verdict.head()).isEqualTo(ChainHead.of(chain.get(4)));
    }

    @Test
    void aChangedAmountIsNamed() {
        List<ChainedRecord> chain = chain(5);
        ChainedRecord third = chain.get(2);
        chain.set(
                2,
                new ChainedRecord(third.recordId(), withAmount(third.entry(), 1), third.previousHash(), third.hash()));

        assertBreak(chain, Kind.CHANGED, 3, "r3");
    }

    @Test
    void aChangeSealedAgainIsNamedByTheRecordChainedToItsOldHash() {
        List<ChainedRecord> chain = chain(5);
        ChainedRecord third = chain.get(2);
        AuditEntry changed = withAmount(third.entry(), 1);
        chain.set(
                2,
                new ChainedRecord("r3", changed, third.previousHash(), ChainHash.seal(third.previousHash(), changed)));

        assertBreak(chain, Kind.CHANGED, 3, "r3");
    }

    @Test
    void aRemovedRecordIsNamedWhetherOrNotTheOthersWereRenumbered() {
        List<ChainedRecord> gap = chain(5);
        gap.remove(1);
        assertBreak(gap, Kind.REMOVED, 2, null);

        List<ChainedRecord> renumbered = chain(5);
        renumbered.remove(1);
        renumbered.replaceAll(record -> record.sequence() > 2 ? renumber(record, record.sequence() - 1) : record);
        assertBreak(renumbered, Kind.REMOVED, 2, null);
    }

    @Test
    void anInsertedRecordIsNamedWhetherItTookANumberOfItsOwnOrAnother() {
        // Sealed onto record 2, as an insert by someone who knows the form would be.
        List<ChainedRecord> besides = chain(5);
        ChainedRecord forged = ChainHead.of(besides.get(1)).seal("forged", draft(99));
        besides.add(3, forged);
        assertBreak(besides, Kind.INSERTED, 3, "forged");

        List<ChainedRecord> renumbered = chain(5);
        ChainedRecord forgedAgain = ChainHead.of(renumbered.get(1)).seal("forged", draft(99));
        renumbered.replaceAll(record -> record.sequence() > 2 ? renumber(record, record.sequence() + 1) : record);
        renumbered.add(2, forgedAgain);
        assertBreak(renumbered, Kind.INSERTED, 3, "forged");
    }

    @Test
    void aCopyOfTheLastRecordNumberedOnIsNamedAsInserted() {
        List<ChainedRecord> chain = chain(3);
        chain.add(renumber(chain.get(2), 4));

        assertBreak(chain, Kind.INSERTED, 4, "r3");
    }

    @Test
    void aChainAfterARetentionPurgeStartsFromTheLastPurgedRecord() {
        List<ChainedRecord> chain = chain(6);
        ChainHead purgedThrough = ChainHead.of(chain.get(2));
        List<ChainedRecord> kept = new ArrayList<>(chain.subList(3, 6));

        assertThat(ChainVerifier.verify(purgedThrough, kept).intact()).isTrue();
        assertThat(ChainVerifier.verify(ChainHead.genesis(), kept).firstBreak())
                .get()
                .extracting(ChainBreak::kind, ChainBreak::sequence)
                .containsExactly(Kind.REMOVED, 1L);
    }

    @Test
    void theSequenceAndTheRequestAndGatewayFieldsAreAllSealed() {
        ChainedRecord request = ChainHead.genesis().seal("r1", draft(500));
        ChainedRecord attempt = ChainHead.of(request)
                .seal(
                        "r2",
                        AuditEntry.draft(
                                "mer_demo",
                                T0,
                                Actor.system("platform"),
                                new GatewayAttempt(
                                        "pay_1", "op_1", "sale", "txn_1", "1000", "Approved", 212, "APPROVED")));

        assertThat(attempt.sealed()).isTrue();
        assertThat(renumber(attempt, 3).sealed()).isFalse();
        AuditEntry otherCode = new AuditEntry(
                "mer_demo",
                2,
                T0,
                Actor.system("platform"),
                new GatewayAttempt("pay_1", "op_1", "sale", "txn_1", "2000", "Approved", 212, "APPROVED"));
        assertThat(new ChainedRecord("r2", otherCode, attempt.previousHash(), attempt.hash()).sealed())
                .isFalse();
        assertThat(new String(request.entry().canonicalForm()))
                .startsWith("paystream-audit/1\nmerchantId=8:mer_demo\nsequence=1:1\n")
                .contains("recordedAt=27:2026-12-07T10:00:00.623456Z\n")
                .contains("actor=14:customer:alice\n")
                .contains("idempotencyKey=3:k-1\n");
    }

    @Test
    void noTwoEntriesShareACanonicalFormEvenWhenTheirTextsRunTogether() {
        AuditEntry a = request("ab", "c");
        AuditEntry b = request("a", "bc");

        assertThat(a.canonicalForm()).isNotEqualTo(b.canonicalForm());
    }

    private static AuditEntry request(String operationId, String idempotencyKey) {
        return new AuditEntry(
                "mer_demo",
                1,
                T0,
                Actor.customer("alice"),
                new MoneyRequest("pay_1", operationId, "APPROVE", 500, "USD", idempotencyKey, "PENDING"));
    }

    private static void assertBreak(List<ChainedRecord> chain, Kind kind, long sequence, String recordId) {
        ChainVerdict verdict = ChainVerifier.verify(ChainHead.genesis(), chain);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBreak())
                .get()
                .extracting(ChainBreak::kind, ChainBreak::sequence, ChainBreak::recordId)
                .containsExactly(kind, sequence, recordId);
    }

    private static List<ChainedRecord> chain(int length) {
        List<ChainedRecord> chain = new ArrayList<>();
        ChainHead head = ChainHead.genesis();
        for (int i = 1; i <= length; i++) {
            ChainedRecord record = head.seal("r" + i, draft(100L * i));
            chain.add(record);
            head = ChainHead.of(record);
        }
        return chain;
    }

    private static AuditEntry draft(long amount) {
        return AuditEntry.draft(
                "mer_demo",
                T0.plusMillis(amount),
                Actor.customer("alice"),
                new MoneyRequest("pay_1", "op_" + amount, "APPROVE", amount, "USD", "k-1", "PENDING"));
    }

    private static AuditEntry withAmount(AuditEntry entry, long amount) {
        MoneyRequest request = (MoneyRequest) entry.event();
        return new AuditEntry(
                entry.merchantId(),
                entry.sequence(),
                entry.recordedAt(),
                entry.actor(),
                new MoneyRequest(
                        request.paymentId(),
                        request.operationId(),
                        request.operation(),
                        amount,
                        request.currency(),
                        request.idempotencyKey(),
                        request.outcome()));
    }

    private static ChainedRecord renumber(ChainedRecord record, long sequence) {
        return new ChainedRecord(
                record.recordId(), record.entry().numbered(sequence), record.previousHash(), record.hash());
    }
}
