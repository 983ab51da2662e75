package com.creditline.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class QueryEncodingFilterTest {

    @Test
    void shouldAcceptWellFormedPercentEncodedUtf8() {
        for (String query :
                new String[] {"", "a=1&b=2", "customerId=c%2D1", "q=%E4%B8%AD%E6%96%87", "a=b+c", "x=%F0%9F%98%80"}) {
            assertThat(QueryEncodingFilter.isWellFormed(query)).as(query).isTrue();
        }
    }

    @Test
    void shouldRefuseBrokenPercentEncodingAndBytesThatAreNotUtf8() {
        for (String query : new String[] {"%zz", "a=%", "a=%4", "a=%C3%28", "a=%C0%AF", "a=%\u0663\u0663"}) {
            assertThat(QueryEncodingFilter.isWellFormed(query)).as(query).isFalse();
        }
    }

    @Test
    void shouldAnswerABrokenQueryWithA400ProblemBeforeAnythingReadsIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
        request.setQueryString("customerId=%zz");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new QueryEncodingFilter(JsonMapper.builder().build()).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("malformed-request");
        assertThat(chain.getRequest()).isNull();
    }
}
