package com.creditline.checkout;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests of the web slices: sent with a caller's token, and a JSON body when there is one. */
public final class SliceRequests {

    private SliceRequests() {}

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, String body) {
        request.header("Authorization", "Bearer " + TestCallers.tokenFor(caller));
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
