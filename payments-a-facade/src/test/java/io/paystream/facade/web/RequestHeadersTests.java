package io.paystream.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Reading {@code Prefer} (RFC 7240) for its {@code wait}. */
class RequestHeadersTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "wait=0|0",
                "wait=10|10",
                "WAIT=3|3",
                "respond-async, wait=4|4",
                "wait=5; foo=bar|5",
                "wait=\"6\"|6"
            })
    void waitIsRead(String prefer, int seconds) {
        assertThat(RequestHeaders.waitSeconds(request(prefer))).hasValue(seconds);
    }

    @Test
    void otherPreferencesAloneHaveNoWait() {
        assertThat(RequestHeaders.waitSeconds(request("return=representation, respond-async")))
                .isEmpty();
        assertThat(RequestHeaders.waitSeconds(new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void waitOnSeveralHeaderLinesIsRead() {
        MockHttpServletRequest request = request("respond-async");
        request.addHeader("Prefer", "wait=2");

        assertThat(RequestHeaders.waitSeconds(request)).hasValue(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"wait=11", "wait=99999999999", "wait=x", "wait", "wait=1, wait=2", "(bad)=1"})
    void waitAboveTenOrMalformedIsRefused(String prefer) {
        assertThatIllegalArgumentException().isThrownBy(() -> RequestHeaders.waitSeconds(request(prefer)));
    }

    private static MockHttpServletRequest request(String prefer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/payments");
        request.addHeader("Prefer", prefer);
        return request;
    }
}
