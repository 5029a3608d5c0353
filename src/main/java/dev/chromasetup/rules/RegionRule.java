package dev.chromasetup.rules;

import dev.chromasetup.text.RegionNames;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which regions the user can deploy to: the account's enabled regions intersected with the regions
 * of the template's Region2AMI mapping (any other region fails late, at Fn::FindInMap).
 */
public final class RegionRule {
    /** One row of the region list; {@code reason} says why a region is greyed out, "" when deployable. */
    public record RegionChoice(String code, String displayName, boolean deployable, String reason) {
    }

    static final String NOT_MAPPED = "Chroma's template has no machine image (AMI) for this region";
    private static final String FALLBACK = "us-east-1";

    private final List<String> enabledRegions;
    private final Optional<Set<String>> mappedRegions;

    /** @param mappedRegions the template's Region2AMI keys; empty when the template does not restrict regions */
    public RegionRule(List<String> enabledRegions, Optional<Set<String>> mappedRegions) {
        this.enabledRegions = List.copyOf(enabledRegions);
        this.mappedRegions = mappedRegions.map(Set::copyOf);
    }

    /** Every enabled region, in the order given, with whether the template can deploy there. */
    public List<RegionChoice> choices() {
        return enabledRegions.stream()
                .map(code -> {
                    boolean ok = isMapped(code);
                    return new RegionChoice(code, RegionNames.displayOrCode(code), ok, ok ? "" : NOT_MAPPED);
                })
                .collect(Collectors.toUnmodifiableList());
    }

    /** The suggested region (AWS_REGION, profile) if deployable, else us-east-1 if deployable, else the first deployable one. */
    public Optional<String> defaultRegion(Optional<String> suggested) {
        List<String> deployable = deployable();
        Optional<String> s = suggested.map(r -> r.strip().toLowerCase(Locale.ROOT));
        if (s.isPresent() && deployable.contains(s.get())) {
            return s;
        }
        if (deployable.contains(FALLBACK)) {
            return Optional.of(FALLBACK);
        }
        return deployable.stream().findFirst();
    }

    /** The typed region, normalized, or SetupException BLOCKED listing the regions that work. */
    public String validate(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        String shown = "\"" + new TextSanitizer(40).clean(code) + "\"";
        String supported = "regions you can use: " + String.join(", ", deployable());
        if (!enabledRegions.contains(code) && !RegionNames.isKnown(code)) {
            // A typo or a pasted oddity: input the user must correct (exit 2), not an AWS refusal.
            throw SetupException.usage("Region " + shown + " is not an AWS region",
                    "it is not in the list of regions your account reports" + TextSanitizer.lookAlikeHint(code),
                    "choose one of the " + supported);
        }
        if (!enabledRegions.contains(code)) {
            throw SetupException.blocked("Region " + code + " (" + RegionNames.displayOrCode(code) + ") is not enabled for this account",
                    "it is an opt-in region that has not been enabled",
                    "enable it in the AWS console (Account → AWS Regions), or choose one of the " + supported);
        }
        if (!isMapped(code)) {
            throw SetupException.blocked("Chroma's template cannot deploy to " + code + " (" + RegionNames.displayOrCode(code) + ")",
                    NOT_MAPPED + ", so CloudFormation would fail at Fn::FindInMap",
                    "choose one of the " + supported);
        }
        return code;
    }

    private List<String> deployable() {
        return enabledRegions.stream().filter(this::isMapped).collect(Collectors.toUnmodifiableList());
    }

    private boolean isMapped(String code) {
        return mappedRegions.map(m -> m.contains(code)).orElse(true);
    }
}
