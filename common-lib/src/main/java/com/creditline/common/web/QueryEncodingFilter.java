package com.creditline.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string whose percent-encoding is broken ({@code %zz}, a lone {@code %}), that does not
 * decode to UTF-8 or that Tomcat cannot parse ({@code ?=}) is a 400 problem, answered before
 * anything reads a parameter: Tomcat would otherwise fail while parsing the parameters, deep
 * inside a filter or a controller, as a 500.
 */
public class QueryEncodingFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public QueryEncodingFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !isWellFormed(query)) {
            refuse(response, "The query string is not well-formed percent-encoded UTF-8.");
            return;
        }
        if (query != null && !tomcatCanParse(request)) {
            refuse(response, "The query string has a parameter without a name or too many parameters.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Tomcat parses the parameters once, when something first asks for one, and refuses some that
     * are well encoded (an empty name, more than it allows) with an exception; asked here, the
     * refusal is the caller's 400.
     */
    private static boolean tomcatCanParse(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(json.writeValueAsBytes(ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail)));
    }

    /** Every {@code %} starts two hexadecimal digits, and the bytes they give are UTF-8. */
    static boolean isWellFormed(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                char high = query.charAt(i + 1);
                char low = query.charAt(i + 2);
                if (!HexFormat.isHexDigit(high) || !HexFormat.isHexDigit(low)) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigit(high) * 16 + HexFormat.fromHexDigit(low));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
