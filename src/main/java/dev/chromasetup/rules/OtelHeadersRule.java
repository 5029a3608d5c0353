package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.SetupException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the OpenTelemetry headers into the form OpenTelemetry reads from OTEL_EXPORTER_OTLP_HEADERS:
 * {@code key=value,key2=value2}. Chroma's guide shows a Python dict ({'x-honeycomb-team': 'abc'}),
 * whose single quotes break the template's start-up script and which no OTel SDK parses; we accept
 * that form (and JSON) and convert it. Values are secrets (API keys): no message ever contains one.
 * Keys are lower-cased because gRPC metadata keys must be lower case.
 */
public final class OtelHeadersRule {
    private static final Pattern KEY = Pattern.compile("[a-z0-9_.-]+");
    private static final String FIX = "write the headers as key=value,key2=value2, e.g. x-honeycomb-team=YOUR_API_KEY";
    private static final ObjectMapper DICT_READER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OtelHeadersRule() {
    }

    public static Secret normalize(Secret input) {
        String in = input == null ? "" : input.reveal().strip();
        if (in.isEmpty() || in.replaceAll("\\s", "").equals("{}")) {
            return Secret.empty();
        }
        Map<String, String> headers = in.startsWith("{") ? fromObject(in) : fromPairs(in);
        headers.forEach(OtelHeadersRule::checkValue);
        return Secret.of(headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
    }

    private static Map<String, String> fromPairs(String in) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : in.split(",", -1)) {
            if (pair.isBlank()) {
                continue; // tolerate "a=b," and "a=b,,c=d"
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                // The whole pair may be a bare value pasted by mistake: name nothing from it.
                throw SetupException.usage("OpenTelemetry headers are not in key=value form",
                        "one entry has no '=' between the header name and its value", FIX);
            }
            put(out, pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    private static Map<String, String> fromObject(String in) {
        JsonNode root;
        try {
            root = DICT_READER.readTree(in);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the input, which holds secrets: report the position only.
            throw SetupException.usage("OpenTelemetry headers could not be read",
                    "they start with '{' but are not a valid JSON or Python-style object (problem near character "
                            + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset() + 1) + ")", FIX);
        }
        if (root == null || !root.isObject()) {
            throw SetupException.usage("OpenTelemetry headers could not be read", "they are not a single object", FIX);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw SetupException.usage("OpenTelemetry header \"" + shownKey(e.getKey()) + "\" has no plain value",
                        "each header needs a text value, not a list, object or null", FIX);
            }
            put(out, e.getKey().strip(), e.getValue().asText().strip());
        }
        return out;
    }

    private static void put(Map<String, String> out, String rawKey, String value) {
        String key = rawKey.toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw SetupException.usage("An OpenTelemetry header has no name", "an entry starts with '='", FIX);
        }
        if (!KEY.matcher(key).matches()) {
            throw SetupException.usage("OpenTelemetry header name \"" + shownKey(rawKey) + "\" is not allowed",
                    "header names may hold only letters, digits, '-', '_' and '.' (no ',', '=', quotes or spaces)", FIX);
        }
        if (value.isEmpty()) {
            throw SetupException.usage("OpenTelemetry header \"" + key + "\" has an empty value",
                    "a header without a value would be sent empty", FIX);
        }
        if (out.putIfAbsent(key, value) != null) {
            throw SetupException.usage("OpenTelemetry header \"" + key + "\" is given twice",
                    "each header may appear once", FIX);
        }
    }

    private static void checkValue(String key, String value) {
        ParameterValueRules.problem(value).ifPresent(p -> {
            throw SetupException.usage("The value of OpenTelemetry header \"" + key + "\" " + p,
                    "Chroma's template writes the headers inside single quotes in the instance's start-up script, which would break it",
                    "remove the " + p.replace("contains ", "") + " from that value");
        });
        if (value.indexOf(',') >= 0) {
            throw SetupException.usage("The value of OpenTelemetry header \"" + key + "\" contains a comma",
                    "OTEL_EXPORTER_OTLP_HEADERS separates headers with commas, so the value would be cut in two", FIX);
        }
    }

    private static String shownKey(String key) {
        return new TextSanitizer(40).clean(key);
    }
}
