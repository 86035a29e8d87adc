package io.paystream.orchestrator.audit;

import io.paystream.audit.ChainBreak;
import io.paystream.audit.ChainVerdict;
import io.paystream.edge.security.Caller;
import io.paystream.orchestrator.payment.PaymentService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A payment's audit records (the shopper's own payment; a key with {@code audit:read}: any of its merchant's), and an
 * operator's walk of a merchant's whole chain. Records appear once chained, moments after what they record.
 */
@RestController
class AuditController {

    private final PaymentService payments;
    private final AuditRecords records;
    private final AuditVerification verification;

    AuditController(PaymentService payments, AuditRecords records, AuditVerification verification) {
        this.payments = payments;
        this.records = records;
        this.verification = verification;
    }

    @GetMapping("/v1/payments/{paymentId}/audit")
    PaymentAudit audit(Caller caller, @PathVariable String paymentId) {
        // 404 unless the caller may see the payment, as for the payment itself.
        payments.get(caller, paymentId);
        return new PaymentAudit(
                paymentId,
                records.ofPayment(caller.merchantId(), paymentId).stream()
                        .map(AuditRecordView::of)
                        .toList());
    }

    @GetMapping("/v1/admin/merchants/{merchantId}/audit/verify")
    ChainCheck verify(@PathVariable String merchantId) {
        return ChainCheck.of(merchantId, verification.verify(merchantId));
    }

    record PaymentAudit(String paymentId, List<AuditRecordView> data) {}

    /** The verdict: intact, or the first record changed, removed or inserted. */
    record ChainCheck(String merchantId, boolean intact, long checked, Head head, Break firstBreak) {

        record Head(long sequence, String hash) {}

        record Break(ChainBreak.Kind kind, long sequence, String detail) {}

        static ChainCheck of(String merchantId, ChainVerdict verdict) {
            return new ChainCheck(
                    merchantId,
                    verdict.intact(),
                    verdict.checked(),
                    new Head(verdict.head().sequence(), verdict.head().hash()),
                    verdict.firstBreak()
                            .map(at -> new Break(at.kind(), at.sequence(), at.detail()))
                            .orElse(null));
        }
    }
}
