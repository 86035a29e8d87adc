package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.xml.XmlWriter;

/** Writes a {@code transaction} element with every field braintree-java reads for these flows. */
final class TransactionXml {

    private TransactionXml() {}

    static String write(Transaction transaction) {
        XmlWriter xml = new XmlWriter();
        write(xml, transaction);
        return xml.toString();
    }

    static void write(XmlWriter xml, Transaction transaction) {
        Terms terms = transaction.terms();
        ProcessorResponse response = terms.response();
        xml.open("transaction")
                .element("id", terms.id())
                .element("status", transaction.status().wireName())
                .element("type", terms.type())
                .element("currency-iso-code", terms.account().currency().getCurrencyCode())
                .element("amount", transaction.amount())
                .element("merchant-account-id", terms.account().id())
                .element("order-id", terms.orderId())
                .datetime("created-at", terms.createdAt())
                .datetime("updated-at", transaction.updatedAt())
                .open("customer")
                .element("id", terms.payment().customerId())
                .close()
                .items("refund-ids", transaction.refundIds())
                .element(
                        "refund-id",
                        transaction.refundIds().isEmpty()
                                ? null
                                : transaction.refundIds().getFirst())
                .element("refunded-transaction-id", terms.refundedTransactionId())
                .element("authorized-transaction-id", terms.authorizedTransactionId())
                .items("partial-settlement-transaction-ids", transaction.partialSettlementIds())
                .element("processor-response-code", response == null ? null : response.code())
                .element("processor-response-text", response == null ? null : response.text())
                .element("processor-response-type", response == null ? null : response.type())
                .element(
                        "additional-processor-response",
                        response == null || response.type().equals("approved") ? null : response.additional())
                .element("processor-authorization-code", terms.authorizationCode())
                .element("gateway-rejection-reason", terms.gatewayRejectionReason())
                .element("settlement-batch-id", transaction.settlementBatchId());
        ProcessorResponse settlement = transaction.settlementResponse();
        xml.element("processor-settlement-response-code", settlement == null ? "" : settlement.code())
                .element("processor-settlement-response-text", settlement == null ? "" : settlement.text())
                .element("payment-instrument-type", terms.payment().instrument().instrumentType());
        InstrumentDetailsXml.write(xml, terms.payment(), terms.id());
        writeHistory(xml, transaction);
        xml.close();
    }

    private static void writeHistory(XmlWriter xml, Transaction transaction) {
        xml.openArray("status-history");
        for (Transaction.StatusEvent event : transaction.history()) {
            xml.open("status-event")
                    .datetime("timestamp", event.timestamp())
                    .element("status", event.status().wireName())
                    .element("amount", event.amount())
                    .element("user", "paystream_simulator")
                    .element("transaction-source", "api")
                    .close();
        }
        xml.close();
    }
}
