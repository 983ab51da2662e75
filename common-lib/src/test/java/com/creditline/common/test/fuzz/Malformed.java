package com.creditline.common.test.fuzz;

import java.util.List;

/** The catalogue of bad input the fuzz walk sends: each value with the name a report shows. */
final class Malformed {

    /** A bad value and what it is. */
    record Value(String name, String text) {}

    private Malformed() {}

    private static final String HUGE_TEXT = "x".repeat(20_000);

    /** JSON values put in place of one field of an otherwise plausible body. */
    static final List<Value> JSON_VALUES = List.of(
            new Value("1e400 as text", "\"1e400\""),
            new Value("1e400", "1e400"),
            new Value("-1e400", "-1e400"),
            new Value("1e-400 as text", "\"1e-400\""),
            new Value("23 digits as text", "\"12345678901234567890123\""),
            new Value("23 digits", "12345678901234567890123"),
            new Value("23 digits and decimals", "\"12345678901234567890123.45\""),
            new Value("1e999999999 as text", "\"1e999999999\""),
            new Value("1,001 digits", "1" + "0".repeat(1_000)),
            new Value("beyond a long", "-9223372036854775809"),
            new Value("beyond an int", "2147483648"),
            new Value("negative", "-1"),
            new Value("negative as text", "\"-1.00\""),
            new Value("zero", "0"),
            new Value("three decimals", "\"1.001\""),
            new Value("three decimals as a number", "1.001"),
            new Value("a float", "0.1"),
            new Value("NaN as text", "\"NaN\""),
            new Value("Infinity as text", "\"Infinity\""),
            new Value("empty text", "\"\""),
            new Value("blank text", "\"   \""),
            new Value("null", "null"),
            new Value("true", "true"),
            new Value("an object", "{}"),
            new Value("an object with a stranger", "{\"amount\":\"1.00\",\"stranger\":1}"),
            new Value("an array", "[]"),
            new Value("an array of nulls", "[null,null]"),
            new Value("a word", "\"abc\""),
            new Value("a date that is not one", "\"2026-02-30\""),
            new Value("a huge text", "\"" + HUGE_TEXT + "\""),
            new Value("unicode", "\"\\u0000\\uD83D\\uDE00\\u202E\u4E2D\u6587\\t\\n\""),
            new Value("a lone surrogate", "\"\\uD800\""),
            new Value("html", "\"<script>alert(1)</script>\""),
            new Value("sql", "\"' OR 1=1 --\""));

    /** Whole bodies, in place of the plausible one. */
    static final List<Value> BODIES = List.of(
            new Value("empty body", ""),
            new Value("broken JSON", "{\"a\":"),
            new Value("not JSON", "hello"),
            new Value("JSON null", "null"),
            new Value("a JSON array", "[]"),
            new Value("a JSON string", "\"text\""),
            new Value("a JSON number", "1e400"),
            new Value("trailing content", "{} {}"),
            new Value("nested 2,000 deep", "[".repeat(2_000) + "]".repeat(2_000)),
            new Value("a huge key", "{\"" + HUGE_TEXT + "\":1}"));

    /** Path segments and query values, written raw into the request line. */
    static final List<Value> URL_VALUES = List.of(
            new Value("broken percent-encoding", "%zz"),
            new Value("a lone percent", "%"),
            new Value("a truncated escape", "a%4"),
            new Value("percent-encoded invalid UTF-8", "%C3%28"),
            new Value("percent-encoded overlong UTF-8", "%C0%AF"),
            new Value("percent-encoded NUL", "%00"),
            new Value("percent-encoded emoji", "%F0%9F%98%80"),
            new Value("percent-encoded slash and dots", "..%2F..%2Fetc"),
            new Value("encoded dots", "%2e%2e"),
            new Value("a very long value", "a".repeat(4_000)),
            new Value("special characters", "%27%22%3C%3E%7B%7D%7C%5C%5E%60"),
            new Value("a path parameter", ";jsessionid=1"),
            new Value("1e400", "1e400"),
            new Value("23 digits", "12345678901234567890123"),
            new Value("negative", "-1"),
            new Value("empty", ""),
            new Value("a plus and spaces", "a+b%20c"));

    /** Header values (an Idempotency-Key, a documented header). */
    static final List<Value> HEADER_VALUES = List.of(
            new Value("empty", ""),
            new Value("blank", "   "),
            new Value("too long", "k".repeat(300)),
            new Value("with spaces and symbols", "bad key!*"),
            new Value("non-ASCII", "\u00e9t\u00e9"));

    static final List<Value> CONTENT_TYPES = List.of(
            new Value("text", "text/plain"),
            new Value("XML", "application/xml"),
            new Value("an unknown charset", "application/json; charset=no-such-charset"),
            new Value("garbage", "garbage///"),
            new Value("multipart without parts", "multipart/form-data; boundary=x"),
            new Value("a form", "application/x-www-form-urlencoded"),
            new Value("empty", ""));

    static final List<Value> ACCEPTS = List.of(
            new Value("XML", "application/xml"),
            new Value("HTML", "text/html"),
            new Value("garbage", "garbage"),
            new Value("a bad quality", "application/json;q=abc"),
            new Value("a bad wildcard", "*/json"));
}
