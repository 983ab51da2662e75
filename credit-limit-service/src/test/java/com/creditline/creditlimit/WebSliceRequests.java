package com.creditline.creditlimit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests of the module's web slices, signed as the gateway or a peer service would sign them,
 * and the problem responses they expect.
 */
public final class WebSliceRequests {

    private WebSliceRequests() {}

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestCallers.tokenFor(caller));
    }

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, String body) {
        return withBody(as(caller, request), body);
    }

    /** As checkout-installment-service calls the internal endpoints: with its peer service token. */
    public static MockHttpServletRequestBuilder asPeer(MockHttpServletRequestBuilder request, String body) {
        request.header("Authorization", "Bearer " + TestCallers.peerServiceToken());
        return body == null ? request : withBody(request, body);
    }

    public static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A problem's type, as the problem responses name them. */
    public static String problem(String code) {
        return "https://problems.creditline.dev/" + code;
    }

    /** A problem response: its status, type, title and detail. */
    public static ResultMatcher problem(HttpStatus status, String code, String title, String detail) {
        return all(
                status().is(status.value()),
                jsonPath("$.status").value(status.value()),
                jsonPath("$.type").value(problem(code)),
                jsonPath("$.title").value(title),
                jsonPath("$.detail").value(detail));
    }

    /** A refusal of the model (404, 409, 422), titled with the status's phrase. */
    public static ResultMatcher refusal(HttpStatus status, String code, String detail) {
        return problem(status, code, status.getReasonPhrase(), detail);
    }

    /** A request without a token, as one that went around the gateway. */
    public static ResultMatcher unauthorized() {
        return all(status().isUnauthorized(), jsonPath("$.status").value(401));
    }

    public static ResultMatcher forbidden() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The caller is not allowed to do this.");
    }

    /** Bean Validation refused fields of the body; {@code errors} names them. */
    public static ResultMatcher invalidFields() {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request has invalid fields.");
    }

    /** The body is not JSON for the endpoint: an unknown field or a value of the wrong type. */
    public static ResultMatcher malformed(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
