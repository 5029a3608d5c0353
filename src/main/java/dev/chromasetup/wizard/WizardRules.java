package dev.chromasetup.wizard;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.keys.KeyName;
import dev.chromasetup.rules.Capacity;
import dev.chromasetup.rules.CostEstimate;
import dev.chromasetup.rules.MonthlyCost;
import dev.chromasetup.rules.PriceTable;
import dev.chromasetup.rules.SizingRow;
import dev.chromasetup.rules.SizingTable;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.text.Secret;
import dev.chromasetup.deploy.HeartbeatUrls;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;
import dev.chromasetup.rules.FailureExplainer;
import dev.chromasetup.rules.InstanceTypeRule;
import dev.chromasetup.rules.OtelEndpointRule;
import dev.chromasetup.rules.OtelHeadersRule;
import dev.chromasetup.rules.ParameterValueRules;
import dev.chromasetup.rules.RegionRule;
import dev.chromasetup.rules.StackNameRule;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateDisks;
import dev.chromasetup.template.TemplateLoader;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pure rules the state machine applies, gathered behind one object so the machine reads as a flow
 * and not as a list of validators. Also builds the CreateStack request from the answers and the
 * template's own parameter list (never a hard-coded one).
 */
public final class WizardRules {
    private final ReviewSummary review = new ReviewSummary();

    Optional<SetupException> regionProblem(String region, List<String> enabled, Optional<ChromaTemplate> template) {
        try {
            regionRule(enabled, template).validate(region);
            return Optional.empty();
        } catch (SetupException e) {
            return Optional.of(e);
        }
    }

    List<Choice> regionChoices(List<String> enabled, Optional<ChromaTemplate> template) {
        return regionRule(enabled, template).choices().stream()
                .map(c -> new Choice(c.code(), c.code() + "  " + c.displayName(), c.deployable(), c.reason()))
                .toList();
    }

    String defaultRegion(List<String> enabled, Optional<String> suggested, Optional<ChromaTemplate> template) {
        return regionRule(enabled, template).defaultRegion(suggested).orElse("");
    }

    private static RegionRule regionRule(List<String> enabled, Optional<ChromaTemplate> template) {
        Optional<Set<String>> mapped = template.flatMap(ChromaTemplate::mappedRegions);
        return new RegionRule(enabled, mapped);
    }

    Optional<SetupException> instanceProblem(String type, Optional<InstanceTypeInfo> info, String region, long minMib,
                                             boolean armAllowed) {
        try {
            InstanceTypeRule.require(info, type, region, minMib, armAllowed);
            return Optional.empty();
        } catch (SetupException e) {
            return Optional.of(e);
        }
    }

    String sanitize(String text) {
        return TextSanitizer.sanitize(text);
    }

    String chromaVersion(String raw) {
        return raw.isEmpty() ? "" : ParameterValueRules.chromaVersion(raw);
    }

    OtelEndpointRule.Normalized otelEndpoint(String raw) {
        return OtelEndpointRule.normalize(raw);
    }

    String parameterValue(String parameter, String value) {
        return ParameterValueRules.validate(parameter, value);
    }

    Secret otelHeaders(Secret raw) {
        return OtelHeadersRule.normalize(raw);
    }

    String stackName(String raw) {
        return StackNameRule.validate(raw);
    }

    /** The first root cause among the stack's events, explained; a bare status when no event says more. */
    Diagnosis diagnose(WizardState state) {
        String region = state.answers().region();
        return new FailureExplainer(region).explain(state.events()).orElseGet(() -> {
            String status = state.stack().map(s -> s.status()).orElse("unknown");
            String reason = state.stack().map(s -> s.statusReason()).filter(r -> r != null && !r.isBlank())
                    .map(TextSanitizer::sanitize).orElse("");
            return new Diagnosis(state.answers().stackName(), "Stack", reason, "the stack ended in " + status,
                    reason, "");
        });
    }

    /** The token the readiness probe sends (X-Chroma-Token) when the hardened template's token is on. */
    Secret readinessToken(WizardState state) {
        return state.hardened() ? state.answers().access().authToken() : Secret.empty();
    }

    URI heartbeatUrl(WizardState state) {
        WizardConfig c = state.config();
        return c.readinessUrl().map(u -> HeartbeatUrls.fromOverride(u.toString()))
                .orElseGet(() -> HeartbeatUrls.forServer(state.serverIp().orElseThrow(), c.readinessPort(),
                        c.readinessPath()));
    }

    /** The CreateStack request: only parameters the template declares, and only values that are set. */
    CreateStackRequest createRequest(WizardState state) {
        ChromaTemplate template = state.template().orElseThrow();
        Answers a = state.answers();
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, template, "InstanceType", a.instanceType(), "--instance-type");
        put(parameters, template, "KeyName", a.keyName(), "--key-name");
        put(parameters, template, "ChromaVersion", a.chromaVersion(), "--chroma-version");
        put(parameters, template, "ChromaOtelCollectionEndpoint", a.otelEndpoint(), "--otel-endpoint");
        put(parameters, template, "ChromaOtelServiceName", a.otelServiceName(), "--otel-service-name");
        put(parameters, template, "ChromaOtelCollectionHeaders", a.otelHeaders().reveal(), "--otel-headers");
        if (state.hardened()) {
            HardenedAccess access = a.access();
            parameters.put("AllowedCidr", access.allowedCidr());
            parameters.put("SshAccess", String.valueOf(access.ssh()));
            put(parameters, template, "AuthToken", access.authToken().reveal(), "--auth");
            parameters.put("ElasticIp", String.valueOf(access.elasticIp()));
        }
        if (template.hasParameter("Architecture")) {
            parameters.put("Architecture", state.instance().map(i -> i.supportsX86() ? "x86_64" : "arm64")
                    .orElse("x86_64"));
        }
        Map<String, String> tags = Map.of("chroma-setup:version", state.config().toolVersion(),
                "chroma-setup:created-by", "chroma-setup");
        return new CreateStackRequest(a.stackName(), templateSource(state, template), parameters, tags,
                // one token per attempt: a retry after a failed stack was deleted is a new create
                "chroma-setup-" + state.config().runId() + "-" + state.attempt);
    }

    private static void put(Map<String, String> parameters, ChromaTemplate template, String name, String value,
                            String flag) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!template.hasParameter(name)) {
            throw SetupException.usage("The template has no parameter " + name,
                    "a value was given for it (" + flag + ") but the template being deployed does not declare it",
                    "leave " + flag + " out, or deploy a template that has this parameter");
        }
        parameters.put(name, value);
    }

    private static TemplateSource templateSource(WizardState state, ChromaTemplate template) {
        if (template.url().isPresent() && !state.config().endpointOverridden()) {
            return TemplateSource.ofUrl(template.url().get());
        }
        TemplateLoader.requireFitsTemplateBody(template);
        return TemplateSource.ofBody(template.body());
    }

    // ---- sizing -----------------------------------------------------------------------------------

    // The dated price table is parsed (HOCON) at the Size step, not at start: the first screen comes first.
    private static PriceTable priceTable() {
        return PriceTable.bundled();
    }

    /** True when the template boots arm64 too (it lets chroma-setup choose the image architecture). */
    boolean armAllowed(WizardState state) {
        return state.template().map(t -> t.hasParameter("Architecture")).orElse(false);
    }

    List<String> sizingCandidates(WizardState state) {
        if (!armAllowed(state)) {
            return SizingTable.CURATED;
        }
        List<String> all = new ArrayList<>(SizingTable.CURATED);
        all.addAll(SizingTable.CURATED_ARM);
        return all;
    }

    /** The estimate for this template's own disks (Chroma's: 24 GiB gp2; the hardened one: root + data, gp3). */
    MonthlyCost monthlyCost(WizardState state, HourlyPrice price) {
        return costs(state).estimate(price);
    }

    private CostEstimate costs(WizardState state) {
        List<TemplateDisks.Disk> disks = state.template().map(TemplateDisks::of).orElse(List.of());
        if (disks.isEmpty()) {
            return CostEstimate.standard();
        }
        int gib = disks.stream().mapToInt(TemplateDisks.Disk::sizeGib).sum();
        // priced at the type of the largest disk: the templates chroma-setup knows use one type throughout
        String type = disks.stream().max(java.util.Comparator.comparingInt(TemplateDisks.Disk::sizeGib))
                .orElseThrow().type();
        try {
            return new CostEstimate(priceTable(), gib, type);
        } catch (IllegalArgumentException unknownType) {
            return CostEstimate.standard();
        }
    }

    /** The Size question: one row a type with vCPU, memory, $/hour, $/month and capacity; refusals greyed. */
    Question sizeQuestion(WizardState state) {
        int dims = state.config().dimensions() > 0 ? state.config().dimensions() : 1536;
        String templateDefault = state.template().flatMap(t -> t.parameter("InstanceType"))
                .map(p -> p.defaultValue()).orElse("t3.small");
        CostEstimate estimate = costs(state);
        List<SizingRow> rows = SizingTable.rows(state.offeredTypes(), state.prices(), state.config().minMemoryMib(),
                templateDefault, dims, estimate, armAllowed(state));
        List<Choice> choices = rows.stream().map(r -> new Choice(r.type(), SizingLines.row(r), r.selectable(),
                r.refusal().orElse(""))).toList();
        List<String> notes = new ArrayList<>();
        notes.add("Types offered in " + state.answers().region() + "; " + priceSource(state) + "."
                + (armAllowed(state) ? " Graviton (arm64) types run the hardened template too." : ""));
        notes.add("* instance + " + estimate.volumeGib() + " GiB disk + public IPv4; data transfer not"
                + " included. Fits about: embeddings of " + dims + " dimensions (Chroma's figures).");
        notes.add("Type a number, a type name, or your expected collection (e.g. 500000x1536).");
        state.recommendation().ifPresent(r -> notes.add("→ " + r));
        String current = state.recommendation().flatMap(WizardRules::recommendedType)
                .orElse(state.answers().instanceType());
        return Questions.size(choices, current, notes).withChoicesHeader(SizingLines.header());
    }

    private String priceSource(WizardState state) {
        boolean anyApi = state.prices().values().stream().anyMatch(p -> !priceTable().isFromTable(p));
        boolean anyTable = state.prices().values().stream().anyMatch(priceTable()::isFromTable);
        if (anyApi && !anyTable) {
            return "prices: AWS Price List API";
        }
        return anyApi ? "prices: AWS Price List API, gaps from the table " + priceTable().label()
                : "prices " + priceTable().label();
    }

    /** "For 500,000 embeddings of 1536 dimensions: t3.medium is enough (fits about ...)". */
    Optional<String> recommendation(WizardState state, long embeddings, int dims) {
        return Capacity.recommendation(embeddings, dims, state.offeredTypes(), state.config().minMemoryMib(),
                        armAllowed(state), state.prices())
                .map(r -> "For " + Capacity.count(embeddings) + " embeddings of " + dims + " dimensions: "
                        + r.type() + " is enough" + armNote(r) + ".")
                .or(() -> Optional.of("For " + Capacity.count(embeddings) + " embeddings of " + dims
                        + " dimensions no listed type is big enough on one node; type a larger type name."));
    }

    /**
     * " (arm64: about $2.92 a month less than t3.small)" when a Graviton type was recommended: the
     * person sees why the answer is not the usual x86_64 type, and what choosing it saves.
     */
    private static String armNote(Capacity.Recommendation r) {
        return r.insteadOf().map(x86 -> " (arm64: about $" + r.savedPerHour().multiply(CostEstimate.HOURS_PER_MONTH)
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " a month less than " + x86 + ")")
                .orElse("");
    }

    private static Optional<String> recommendedType(String recommendation) {
        int colon = recommendation.indexOf(": ");
        int is = recommendation.indexOf(" is enough");
        return colon > 0 && is > colon ? Optional.of(recommendation.substring(colon + 2, is)) : Optional.empty();
    }

    // ---- key pairs --------------------------------------------------------------------------------

    Optional<String> newKeyNameProblem(String name, List<String> existing) {
        if (!KeyName.isValid(name)) {
            return Optional.of("a key name is 1 to 255 letters, digits, dots, hyphens or underscores");
        }
        if (existing.contains(name)) {
            return Optional.of("a key pair with this name already exists in the region");
        }
        return Optional.empty();
    }

    String suggestedKeyName(List<String> existing) {
        String name = "chroma-setup";
        for (int i = 2; existing.contains(name); i++) {
            name = "chroma-setup-" + i;
        }
        return name;
    }

    List<String> reviewLines(WizardState state, CreateStackRequest request) {
        return review.lines(state, request);
    }
}
