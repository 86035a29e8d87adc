package io.paystream.facade.payment;

/** Example bodies for the API description, one per request and the payment resource of ARCHITECTURE §3. */
final class PaymentExamples {

    static final String APPROVE_STORED = """
            {"orderId": "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ", "amount": 1050, "currency": "USD",
             "paymentMethodId": "pm_01KD7X3A0B1C2D3E4F5G6H7J8K"}""";

    static final String APPROVE_NONCE = """
            {"orderId": "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ", "amount": 1050, "currency": "USD",
             "paymentMethodNonce": "fake-valid-visa-nonce"}""";

    static final String PARTIAL = """
            {"amount": 500}""";

    static final String EVERYTHING_LEFT = "{}";

    static final String PAYMENT = """
            {"paymentId": "pay_01KD7X4M5N6P7Q8R9S0T1V2W3X", "orderId": "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ",
             "status": "AUTHORIZED", "currency": "USD",
             "authorizedAmount": 1050, "capturedAmount": 0, "refundedAmount": 0,
             "paymentMethod": {"id": "pm_01KD7X3A0B1C2D3E4F5G6H7J8K", "type": "CARD", "brand": "Visa", "last4": "1111"},
             "operations": [{"operationId": "op_01KD7X4M5N6P7Q8R9S0T1V2W3Y", "type": "APPROVE", "amount": 1050,
               "status": "SUCCEEDED", "gatewayTransactionId": "k9x2m3p1", "failureCode": null,
               "failureMessage": null, "createdAt": "2026-11-22T10:15:30.100Z",
               "completedAt": "2026-11-22T10:15:31.500Z"}],
             "createdAt": "2026-11-22T10:15:30.100Z", "updatedAt": "2026-11-22T10:15:31.500Z"}""";

    static final String PAYMENTS = "[" + PAYMENT + "]";

    static final String PAGE = "{\"data\":" + PAYMENTS + ",\"hasMore\":false}";

    private PaymentExamples() {}
}
