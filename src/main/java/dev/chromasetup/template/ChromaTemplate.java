package dev.chromasetup.template;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What chroma-setup reads from the template it deploys: the single source for the parameter list,
 * the regions it can deploy to and the resources it will create.
 *
 * @param body          the template text, sent as TemplateBody when a URL cannot be used
 * @param url           where it came from, when it came from a URL
 * @param mappedRegions the regions of the Region2AMI mapping; empty Optional when the template has no
 *                      such mapping (it then does not restrict regions)
 */
public record ChromaTemplate(
        String description,
        List<TemplateParameter> parameters,
        Optional<Set<String>> mappedRegions,
        List<TemplateResource> resources,
        List<String> outputs,
        String body,
        Optional<String> url) {

    public ChromaTemplate {
        parameters = List.copyOf(parameters);
        mappedRegions = mappedRegions.map(Set::copyOf);
        resources = List.copyOf(resources);
        outputs = List.copyOf(outputs);
    }

    public Optional<TemplateParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean hasParameter(String name) {
        return parameter(name).isPresent();
    }

    /** True when the template can deploy to this region (no mapping means no restriction). */
    public boolean supportsRegion(String region) {
        return mappedRegions.map(r -> r.contains(region)).orElse(true);
    }
}
