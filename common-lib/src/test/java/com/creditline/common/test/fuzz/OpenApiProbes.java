package com.creditline.common.test.fuzz;

import com.creditline.common.test.fuzz.ApiFuzz.Probe;
import com.creditline.common.test.fuzz.Malformed.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests of a walk, per operation of an OpenAPI document: first a plausible one built from
 * the operation's schemas, then each malformed variant of it, one thing wrong at a time.
 */
final class OpenApiProbes {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String MARKER = "__fuzz_marker__";
    private static final int DEEPEST = 4;
    private static final List<Value> RAW_QUERIES = List.of(
            new Value("a query of broken percent-encoding", "%zz"),
            new Value("a query value of broken percent-encoding", "a=%zz&b=%"),
            new Value("a query of invalid UTF-8", "a=%C3%28"),
            new Value("a query of empty names and values", "=&=&&"),
            new Value("a query of 5,000 parameters", "a=1&".repeat(5_000)),
            new Value("a very long query", "a=" + "x".repeat(6_000)));
    private static final byte[] INVALID_UTF8_BODY = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};

    private final JsonNode api;
    private final Function<String, String> authorization;
    private final Map<String, String> extraHeaders;
    private final Random random;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenApiProbes(
            JsonNode api, Function<String, String> authorization, Map<String, String> extraHeaders, Random random) {
        this.api = api;
        this.authorization = authorization;
        this.extraHeaders = extraHeaders;
        this.random = random;
    }

    /** Per operation, in the document's order: the plausible request first, then its variants. */
    List<List<Probe>> probes() {
        List<List<Probe>> all = new ArrayList<>();
        api.path("paths").properties().forEach(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    all.add(new Operation(method.toUpperCase(), path.getKey(), path.getValue(), operation).probes());
                }
            }
        });
        return all;
    }

    /** One operation and the plausible values of its parameters and body. */
    private final class Operation {

        private final String method;
        private final String template;
        private final String name;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, String> queryValues = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Object body;

        Operation(String method, String template, JsonNode pathItem, JsonNode operation) {
            this.method = method;
            this.template = template;
            this.name = method + " " + template;
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                parameter = resolve(parameter);
                String value = scalar(resolve(parameter.path("schema")));
                switch (parameter.path("in").asString("")) {
                    case "path" -> pathValues.put(parameter.path("name").asString(), value);
                    case "query" -> queryValues.put(parameter.path("name").asString(), value);
                    case "header" -> headers.put(parameter.path("name").asString(), value);
                    default -> {}
                }
            }
            headers.put("Authorization", authorization.apply(template));
            headers.putAll(extraHeaders);
            headers.put("Accept", "application/json");
            JsonNode content = operation.path("requestBody").path("content");
            JsonNode media = content.has("application/json")
                    ? content.get("application/json")
                    : content.isEmpty() ? null : content.values().iterator().next();
            this.body = media == null ? null : sample(media.path("schema"), 0);
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
        }

        List<Probe> probes() {
            List<Probe> probes = new ArrayList<>();
            probes.add(probe("a plausible request", pathValues, queryValues, headers, bodyBytes(body)));
            pathValues
                    .keySet()
                    .forEach(parameter -> Malformed.URL_VALUES.forEach(v -> probes.add(probe(
                            "path parameter " + parameter + " " + v.name(),
                            with(pathValues, parameter, v.text()),
                            queryValues,
                            headers,
                            bodyBytes(body)))));
            queryValues
                    .keySet()
                    .forEach(parameter -> Malformed.URL_VALUES.forEach(v -> probes.add(probe(
                            "query parameter " + parameter + " " + v.name(),
                            pathValues,
                            with(queryValues, parameter, v.text()),
                            headers,
                            bodyBytes(body)))));
            RAW_QUERIES.forEach(v -> probes.add(
                    new Probe(name, v.name(), method, path(pathValues) + "?" + v.text(), headers, bodyBytes(body))));
            headers.keySet().stream()
                    .filter(h ->
                            !List.of("Authorization", "Accept", "Content-Type").contains(h))
                    .forEach(header -> Malformed.HEADER_VALUES.forEach(v -> probes.add(probe(
                            "header " + header + " " + v.name(),
                            pathValues,
                            queryValues,
                            with(headers, header, v.text()),
                            bodyBytes(body)))));
            if (body != null) {
                bodyVariants(probes);
            }
            if (method.equals("POST")) {
                Malformed.HEADER_VALUES.forEach(v -> probes.add(probe(
                        "Idempotency-Key " + v.name(),
                        pathValues,
                        queryValues,
                        with(headers, "Idempotency-Key", v.text()),
                        bodyBytes(body))));
            }
            Malformed.ACCEPTS.forEach(v -> probes.add(probe(
                    "Accept " + v.name(),
                    pathValues,
                    queryValues,
                    with(headers, "Accept", v.text()),
                    bodyBytes(body))));
            return probes;
        }

        private void bodyVariants(List<Probe> probes) {
            for (List<String> field : fields(body, new ArrayList<>())) {
                String where = String.join(".", field);
                for (Value v : Malformed.JSON_VALUES) {
                    String text = serialised(replaced(body, field, 0, MARKER)).replace("\"" + MARKER + "\"", v.text());
                    probes.add(probe(
                            "field " + where + " " + v.name(),
                            pathValues,
                            queryValues,
                            headers,
                            text.getBytes(StandardCharsets.UTF_8)));
                }
                probes.add(probe(
                        "field " + where + " missing",
                        pathValues,
                        queryValues,
                        headers,
                        bodyBytes(replaced(body, field, 0, null))));
            }
            if (body instanceof Map<?, ?> fields) {
                Map<Object, Object> stranger = new LinkedHashMap<>(fields);
                stranger.put("fuzzUnknownField", 1);
                probes.add(probe("an unknown field", pathValues, queryValues, headers, bodyBytes(stranger)));
            }
            for (Value v : Malformed.BODIES) {
                probes.add(probe(
                        v.name(), pathValues, queryValues, headers, v.text().getBytes(StandardCharsets.UTF_8)));
            }
            probes.add(probe("a body of invalid UTF-8", pathValues, queryValues, headers, INVALID_UTF8_BODY));
            probes.add(probe("no body", pathValues, queryValues, without(headers, "Content-Type"), null));
            Malformed.CONTENT_TYPES.forEach(v -> probes.add(probe(
                    "Content-Type " + v.name(),
                    pathValues,
                    queryValues,
                    with(headers, "Content-Type", v.text()),
                    bodyBytes(body))));
        }

        private Probe probe(
                String what,
                Map<String, String> path,
                Map<String, String> query,
                Map<String, String> headers,
                byte[] body) {
            String target = path(path);
            if (!query.isEmpty()) {
                target += "?"
                        + String.join(
                                "&",
                                query.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList());
            }
            return new Probe(name, what, method, target, headers, body);
        }

        private String path(Map<String, String> values) {
            String target = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", value.getValue());
            }
            return target;
        }
    }

    /** Every field of a sample body, outermost first, each as its path of names. */
    private static List<List<String>> fields(Object sample, List<String> prefix) {
        List<List<String>> fields = new ArrayList<>();
        if (sample instanceof Map<?, ?> map && prefix.size() < DEEPEST) {
            map.forEach((key, value) -> {
                List<String> field = new ArrayList<>(prefix);
                field.add(String.valueOf(key));
                fields.add(field);
                fields.addAll(fields(value, field));
            });
        }
        return fields;
    }

    /** A copy of the sample with the field set to the value, or removed for null. */
    private static Object replaced(Object sample, List<String> field, int depth, Object value) {
        if (!(sample instanceof Map<?, ?> map)) {
            return sample;
        }
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        String key = field.get(depth);
        if (depth == field.size() - 1) {
            if (value == null) {
                copy.remove(key);
            } else {
                copy.put(key, value);
            }
        } else {
            copy.put(key, replaced(map.get(key), field, depth + 1, value));
        }
        return copy;
    }

    private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> map, String key) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    private byte[] bodyBytes(Object sample) {
        return sample == null ? null : serialised(sample).getBytes(StandardCharsets.UTF_8);
    }

    private String serialised(Object sample) {
        return json.writeValueAsString(sample);
    }

    /** A plausible value of a schema: what a careful client would send. */
    private Object sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > DEEPEST) {
            return null;
        }
        for (String choice : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                return sample(schema.get(choice).get(0), depth);
            }
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asString();
        }
        JsonNode properties = schema.path("properties");
        if (properties.has("amount") && properties.has("currency") && properties.size() == 2) {
            return Map.of("amount", "1.00", "currency", "CNY");
        }
        if (!properties.isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            properties.properties().forEach(p -> object.put(p.getKey(), sample(p.getValue(), depth + 1)));
            return object;
        }
        return switch (type(schema)) {
            case "object" -> new LinkedHashMap<>();
            case "array" -> {
                Object item = sample(schema.path("items"), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> schema.has("minimum") ? schema.get("minimum").asLong() : 1;
            case "number" -> schema.has("minimum") ? schema.get("minimum").decimalValue() : 1;
            case "boolean" -> true;
            default -> scalar(schema);
        };
    }

    /** A plausible value of a parameter, safe to write in a URL as it is. */
    private String scalar(JsonNode schema) {
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asString();
        }
        return switch (type(schema)) {
            case "integer", "number" ->
                schema.has("minimum") ? schema.get("minimum").asString() : "1";
            case "boolean" -> "true";
            default ->
                switch (schema.path("format").asString("")) {
                    case "date" -> "2001-02-03";
                    case "date-time" -> "2001-02-03T04:05:06Z";
                    case "uuid" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
                    default -> "fz" + Integer.toString(random.nextInt(1_000_000), 36);
                };
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        return type.asString("string");
    }

    /** The schema or parameter a {@code $ref} names, or the node itself. */
    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            String ref = node.get("$ref").asString();
            JsonNode target = api;
            for (String part : ref.substring(ref.indexOf('#') + 2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }
}
