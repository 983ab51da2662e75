package com.creditline.collections;

import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who calls collections in its tests, and a web slice's request made as one of them. */
public final class Callers {

    public static final Caller SHOP = Caller.client("shop", List.of("customers:write", "customers:read"));
    public static final Caller PARTNER = Caller.partner("P-1", "k1", List.of("checkout:write", "orders:read"));
    public static final Caller COLLECTOR = TestCallers.staff("colin", "COLLECTOR");
    public static final Caller CREDIT_OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");
    public static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    public static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");

    /** Where the problem types the services answer are named. */
    public static final String PROBLEMS = "https://problems.creditline.dev/";

    private Callers() {}

    /** {@code request} with the caller's token and, unless {@code body} is null, that JSON body. */
    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, String body) {
        request.header("Authorization", "Bearer " + TestCallers.tokenFor(caller));
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    public static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
        return as(caller, request, null);
    }
}
