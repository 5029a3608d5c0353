package dev.chromasetup.template;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.text.TextSanitizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CloudFormation template (JSON) into {@link ChromaTemplate}. Only what chroma-setup uses is
 * read; anything malformed in those parts is a USAGE error naming where the template came from.
 */
final class TemplateParser {
    // First meaningful line of a YAML template: "---", "AWSTemplateFormatVersion: ...", "Resources:".
    private static final Pattern YAML_START = Pattern.compile("(?s)\\A\\s*(?:#[^\\n]*\\n\\s*)*(?:---|%YAML|[A-Za-z][\\w-]*\\s*:).*");
    private static final String FIX_JSON = "use Chroma's chroma.cf.json, or convert the template to JSON";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** @param source the file path or URL, for messages */
    ChromaTemplate parse(String body, String source, Optional<String> url) {
        if (body.isBlank()) {
            throw bad(source, "it is empty", "check the file or URL points at Chroma's chroma.cf.json");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            if (YAML_START.matcher(body).matches()) {
                throw bad(source, "it looks like YAML; only JSON templates are supported", FIX_JSON);
            }
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String detail = e instanceof JsonParseException ? ": " + new TextSanitizer(120).clean(e.getOriginalMessage()) : "";
            throw bad(source, "it is not valid JSON" + where + detail, FIX_JSON);
        }
        if (!root.isObject()) {
            throw bad(source, "its top level is not a JSON object", FIX_JSON);
        }
        return new ChromaTemplate(
                root.path("Description").asText(""),
                parameters(root.get("Parameters"), source),
                mappedRegions(root.path("Mappings"), source),
                resources(root.get("Resources"), source),
                outputs(root.get("Outputs"), source),
                body,
                url);
    }

    private List<TemplateParameter> parameters(JsonNode node, String source) {
        List<TemplateParameter> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        requireObject(node, "Parameters", source);
        for (Map.Entry<String, JsonNode> e : fields(node)) {
            JsonNode p = e.getValue();
            requireObject(p, "parameter " + e.getKey(), source);
            JsonNode type = p.get("Type");
            if (type == null || !type.isTextual()) {
                throw bad(source, "parameter " + e.getKey() + " has no Type", "every CloudFormation parameter needs a Type, e.g. \"String\"");
            }
            JsonNode def = p.get("Default");
            out.add(new TemplateParameter(e.getKey(), type.asText(),
                    def == null || def.isNull() ? null : def.asText(),
                    p.path("Description").asText(""),
                    p.path("NoEcho").asText("false").equalsIgnoreCase("true")));
        }
        return out;
    }

    private Optional<Set<String>> mappedRegions(JsonNode mappings, String source) {
        JsonNode region2ami = mappings.get("Region2AMI");
        if (region2ami == null) {
            return Optional.empty();
        }
        requireObject(region2ami, "Mappings.Region2AMI", source);
        Set<String> regions = new LinkedHashSet<>();
        region2ami.fieldNames().forEachRemaining(regions::add);
        return Optional.of(regions);
    }

    private List<TemplateResource> resources(JsonNode node, String source) {
        if (node == null || node.isNull()) {
            throw bad(source, "it has no Resources section, so it is not a CloudFormation template that creates anything",
                    "check the file or URL points at Chroma's chroma.cf.json");
        }
        requireObject(node, "Resources", source);
        List<TemplateResource> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : fields(node)) {
            JsonNode type = e.getValue().get("Type");
            if (type == null || !type.isTextual()) {
                throw bad(source, "resource " + e.getKey() + " has no Type", "every resource needs a Type, e.g. \"AWS::EC2::Instance\"");
            }
            out.add(new TemplateResource(e.getKey(), type.asText()));
        }
        if (out.isEmpty()) {
            throw bad(source, "its Resources section is empty", "check the file or URL points at Chroma's chroma.cf.json");
        }
        return out;
    }

    private List<String> outputs(JsonNode node, String source) {
        List<String> out = new ArrayList<>();
        if (node != null && !node.isNull()) {
            requireObject(node, "Outputs", source);
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static void requireObject(JsonNode node, String name, String source) {
        if (!node.isObject()) {
            throw bad(source, name + " is not a JSON object", "check the template; CloudFormation expects " + name + " to be an object");
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }

    static SetupException bad(String source, String why, String fix) {
        return SetupException.usage("The template " + new TextSanitizer(200).clean(source) + " cannot be used", why, fix);
    }
}
