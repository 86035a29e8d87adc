package io.paystream.edge.apikey;

/** Who calls with an API key: the key (never its secret) and the merchant it acts for. */
public record ApiKeyCaller(String keyId, String merchantId) {}
