package io.paystream.braintree.simulator.transaction;

import java.util.Map;
import java.util.stream.Collectors;

/** A processor response: code, text and type ({@code approved}, {@code soft_declined}, {@code hard_declined}). */
record ProcessorResponse(String code, String text, String type) {

    static final ProcessorResponse APPROVED = new ProcessorResponse("1000", "Approved", "approved");
    static final ProcessorResponse PROCESSED = new ProcessorResponse("1002", "Processed", "approved");
    static final ProcessorResponse NETWORK_UNAVAILABLE =
            new ProcessorResponse("3000", "Processor Network Unavailable - Try Again", "soft_declined");

    /** Decline texts and kinds (S soft, H hard) from Braintree's processor response table. */
    private static final Map<Integer, String> DECLINES = """
            2000|Do Not Honor|S
            2001|Insufficient Funds|S
            2002|Limit Exceeded|S
            2003|Cardholder's Activity Limit Exceeded|S
            2004|Expired Card|H
            2005|Invalid Credit Card Number|H
            2006|Invalid Expiration Date|H
            2007|No Account|H
            2008|Card Account Length Error|H
            2009|No Such Issuer|H
            2010|Card Issuer Declined CVV|H
            2011|Voice Authorization Required|H
            2012|Processor Declined - Possible Lost Card|H
            2013|Processor Declined - Possible Stolen Card|H
            2014|Processor Declined - Fraud Suspected|H
            2015|Transaction Not Allowed|H
            2016|Duplicate Transaction|S
            2017|Cardholder Stopped Billing|H
            2018|Cardholder Stopped All Billing|H
            2019|Invalid Transaction|H
            2020|Violation|H
            2021|Security Violation|H
            2022|Declined - Updated Cardholder Available|H
            2023|Processor Does Not Support This Feature|H
            2024|Card Type Not Enabled|H
            2025|Set Up Error - Merchant|S
            2026|Invalid Merchant ID|S
            2027|Set Up Error - Amount|H
            2028|Set Up Error - Hierarchy|H
            2029|Set Up Error - Card|H
            2030|Set Up Error - Terminal|H
            2031|Encryption Error|H
            2032|Surcharge Not Permitted|H
            2033|Inconsistent Data|H
            2034|No Action Taken|S
            2035|Partial Approval For Amount In Group III Version|S
            2036|Authorization could not be found|H
            2037|Already Reversed|H
            2038|Processor Declined|S
            2039|Invalid Authorization Code|H
            2040|Invalid Store|S
            2041|Declined - Call For Approval|H
            2042|Invalid Client ID|S
            2043|Error - Do Not Retry, Call Issuer|H
            2044|Declined - Call Issuer|H
            2045|Invalid Merchant Number|H
            2046|Declined|S
            2047|Call Issuer. Pick Up Card|H
            2048|Invalid Amount|S
            2049|Invalid SKU Number|H
            2050|Invalid Credit Plan|H
            2051|Credit Card Number does not match method of payment|H
            2052|Invalid Level III Purchase|H
            2053|Card reported as lost or stolen|H
            2054|Reversal amount does not match authorization amount|H
            2055|Invalid Transaction Division Number|H
            2056|Transaction amount exceeds the transaction division limit|H
            2057|Issuer or Cardholder has put a restriction on the card|S
            2058|Merchant not Mastercard SecureCode enabled|H
            2059|Address Verification Failed|H
            2060|Address Verification and Card Security Code Failed|H
            2061|Invalid Transaction Data|H
            2062|Invalid Tax Amount|S
            2065|Refund Time Limit Exceeded|H
            2067|Authorization Expired|H
            2069|PayPal Blocking Duplicate Order IDs|H
            2074|Funding Instrument In The PayPal Account Was Declined By The Processor Or Bank|H
            2099|Cardholder Authentication Required|S
            2100|PayPal channel initiated billing not enabled for your account|H
            2101|Additional authorization required|S
            2102|Incorrect PIN|S
            2103|PIN try exceeded|S
            2104|Offline Issuer Declined|S
            2105|Cannot Authorize at this time (Life cycle)|S
            2106|Cannot Authorize at this time (Policy)|S
            2107|Card Not Activated|H
            2108|Closed Card|H
            """.lines().map(line -> line.split("\\|")).collect(
            Collectors.toUnmodifiableMap(parts -> Integer.parseInt(parts[0]), parts -> parts[1] + "|" + parts[2]));

    /** The decline for {@code code} (2000-2999); codes without an entry read "Processor Declined". */
    static ProcessorResponse declined(int code) {
        String entry = DECLINES.getOrDefault(code, code >= 2063 && code <= 2098 ? "Processor Declined|H" : null);
        if (entry == null) {
            entry = "Processor Declined|S";
        }
        String[] parts = entry.split("\\|");
        return new ProcessorResponse(
                Integer.toString(code), parts[0], parts[1].equals("H") ? "hard_declined" : "soft_declined");
    }

    /** {@code <code> : <text>}, as the gateway fills {@code additional-processor-response}. */
    String additional() {
        return code + " : " + text;
    }
}
