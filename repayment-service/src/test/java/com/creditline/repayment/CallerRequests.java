package com.creditline.repayment;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A web slice's request as the gateway forwards it: with the caller's token and, if any, a JSON body. */
public final class CallerRequests {

    private CallerRequests() {}

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestCallers.tokenFor(caller));
    }

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, String json) {
        return as(caller, request).contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
