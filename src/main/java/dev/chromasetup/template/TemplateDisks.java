package dev.chromasetup.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The EBS disks a template creates, read from the template itself for the monthly estimate: the
 * instance's block devices and any AWS::EC2::Volume (a size given by a parameter takes the parameter's
 * default). A device without a type gets EC2's default for Chroma's Amazon Linux 2 images, gp2.
 */
public final class TemplateDisks {
    /** One disk: its size in GiB and its EBS volume type ("gp2", "gp3", ...). */
    public record Disk(int sizeGib, String type) {
    }

    private static final String DEFAULT_TYPE = "gp2";

    private TemplateDisks() {
    }

    /** The disks, or empty when the template names none (its image's own default disk then applies). */
    public static List<Disk> of(ChromaTemplate template) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(template.body());
        } catch (IOException e) {
            return List.of();
        }
        List<Disk> disks = new ArrayList<>();
        for (JsonNode resource : root.path("Resources")) {
            JsonNode properties = resource.path("Properties");
            switch (resource.path("Type").asText()) {
                case "AWS::EC2::Instance" -> {
                    for (JsonNode mapping : properties.path("BlockDeviceMappings")) {
                        JsonNode ebs = mapping.path("Ebs");
                        size(ebs.path("VolumeSize"), template).ifPresent(gib -> disks.add(new Disk(gib, type(ebs))));
                    }
                }
                case "AWS::EC2::Volume" -> size(properties.path("Size"), template)
                        .ifPresent(gib -> disks.add(new Disk(gib, type(properties))));
                default -> {
                }
            }
        }
        return List.copyOf(disks);
    }

    private static String type(JsonNode node) {
        String t = node.path("VolumeType").asText("");
        return t.isEmpty() ? DEFAULT_TYPE : t.toLowerCase(Locale.ROOT);
    }

    /** A literal number, or {"Ref": "Param"} resolved to the parameter's default. */
    private static Optional<Integer> size(JsonNode node, ChromaTemplate template) {
        if (node.isNumber() || node.isTextual() && node.asText().matches("\\d{1,6}")) {
            return Optional.of(node.asInt());
        }
        if (node.has("Ref")) {
            return template.parameter(node.get("Ref").asText()).map(TemplateParameter::defaultValue)
                    .filter(v -> v != null && v.matches("\\d{1,6}")).map(Integer::parseInt);
        }
        return Optional.empty();
    }
}
