package io.paystream.braintree.simulator.admin;

import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.braintree.simulator.fault.FaultKind;
import io.paystream.braintree.simulator.http.Operation;
import io.paystream.braintree.simulator.http.RecordedRequest;
import io.paystream.braintree.simulator.transaction.RecordedTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin API's JSON shapes: transactions, faults and journal entries out, fault requests in. */
final class AdminJson {

    private AdminJson() {}

    static Map<String, Object> transaction(RecordedTransaction t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("type", t.type());
        json.put("status", t.status());
        json.put("amount", t.amount());
        json.put("authorizedAmount", t.authorizedAmount());
        json.put("currencyIsoCode", t.currencyIsoCode());
        json.put("orderId", t.orderId());
        json.put("merchantAccountId", t.merchantAccountId());
        json.put("paymentInstrumentType", t.paymentInstrumentType());
        json.put("paymentMethodToken", t.paymentMethodToken());
        json.put("customerId", t.customerId());
        json.put("processorResponseCode", t.processorResponseCode());
        json.put("processorResponseText", t.processorResponseText());
        json.put("refundedTransactionId", t.refundedTransactionId());
        json.put("authorizedTransactionId", t.authorizedTransactionId());
        json.put("refundIds", t.refundIds());
        json.put("partialSettlementTransactionIds", t.partialSettlementTransactionIds());
        json.put("createdAt", t.createdAt());
        json.put("updatedAt", t.updatedAt());
        return json;
    }

    static Map<String, Object> fault(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", fault.kind().wireName());
        json.put("count", fault.count());
        json.put("operation", fault.operation());
        json.put("delayMillis", fault.delay().toMillis());
        json.put("status", fault.kind() == FaultKind.STATUS ? fault.status() : null);
        return json;
    }

    static Map<String, Object> request(RecordedRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", request.at());
        json.put("operation", request.operation());
        json.put("method", request.method());
        json.put("path", request.path());
        json.put("status", request.status());
        json.put("fault", request.fault());
        return json;
    }

    /** {@code {"kind": "status", "status": 503, "count": 2, "operation": "sale", "delayMillis": 0}}. */
    static Fault fault(Map<String, Object> json) {
        Object kindName = json.get("kind");
        if (!(kindName instanceof String name)) {
            throw new IllegalArgumentException("kind is required: latency, timeout, status or drop_response");
        }
        FaultKind kind = FaultKind.fromWireName(name);
        String operation = (String) json.get("operation");
        if (operation != null && !Operation.isWireName(operation)) {
            throw new IllegalArgumentException("unknown operation " + operation);
        }
        Duration delay = json.get("delayMillis") instanceof BigDecimal millis
                ? Duration.ofMillis(millis.longValueExact())
                : kind == FaultKind.TIMEOUT ? Fault.DEFAULT_TIMEOUT_HOLD : Duration.ZERO;
        int count = json.get("count") instanceof BigDecimal n ? n.intValueExact() : 1;
        int status = json.get("status") instanceof BigDecimal s ? s.intValueExact() : 0;
        return new Fault(kind, count, operation, delay, status);
    }
}
