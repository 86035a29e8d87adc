package io.paystream.facade.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the API's ({@code /v1/…}), as opposed to health, metrics and the API description. */
public final class ApiPaths {

    private static final String PREFIX = "/v1/";

    private ApiPaths() {}

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(PREFIX);
    }
}
