package com.creditline.creditlimit;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests of the module's web slices, signed as the gateway or a peer service would sign them. */
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
}
