package dev.chromasetup.wizard;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.rules.MonthlyCost;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;
import dev.chromasetup.template.ChromaTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a face needs to draw the current screen, and everything the machine needs to decide the
 * next one. Immutable: transitions build a new state through {@link #edit()}.
 */
public final class WizardState {
    final WizardConfig config;
    final Mode mode;
    final Step step;
    final Phase phase;
    final Answers answers;
    final Optional<Question> question;
    final java.util.Set<Long> awaited;
    final int field;
    final Optional<dev.chromasetup.errors.SetupException> lastError;
    final long lastRequest;
    final Optional<CallerIdentity> identity;
    final Optional<ChromaTemplate> template;
    final List<String> enabledRegions;
    final Optional<String> suggestedRegion;
    final Optional<DefaultVpc> vpc;
    final boolean vpcChecked;
    final Optional<InstanceTypeInfo> instance;
    final List<String> keyPairs;
    final List<StackInfo> managedStacks;
    final List<InstanceTypeInfo> offeredTypes;
    final java.util.Map<String, HourlyPrice> prices;
    final Optional<MonthlyCost> cost;
    final Optional<String> recommendation;
    final Optional<String> privateKeyFile;
    final Optional<DataVolume> dataVolume;
    final Optional<String> snapshotId;
    final boolean templateAsked;
    final List<String> profiles;
    final Optional<String> activeProfile;
    final boolean profileAsked;
    final int attempt;
    final Optional<Event.PublicAddressDetected> publicAddress;
    final boolean exposureAcknowledged;
    final Optional<StackInfo> stack;
    final Optional<String> stackId;
    final List<StackEvent> events;
    final Optional<String> notice;
    final List<String> messages;
    final Optional<Instant> startedAt;
    final Optional<Instant> deployStartedAt;
    final Optional<Instant> readyStartedAt;
    final Optional<Instant> readyAt;
    final Optional<ProbeResult> lastProbe;
    final Optional<String> readinessPhase;
    final Optional<Diagnosis> diagnosis;
    final boolean deleting;
    final boolean cancelling;
    final Optional<Outcome> outcome;

    WizardState(Builder b) {
        config = b.config;
        mode = b.mode;
        step = b.step;
        phase = b.phase;
        answers = b.answers;
        question = b.question;
        awaited = java.util.Set.copyOf(b.awaited);
        field = b.field;
        lastError = b.lastError;
        lastRequest = b.lastRequest;
        identity = b.identity;
        template = b.template;
        enabledRegions = List.copyOf(b.enabledRegions);
        suggestedRegion = b.suggestedRegion;
        vpc = b.vpc;
        vpcChecked = b.vpcChecked;
        instance = b.instance;
        keyPairs = List.copyOf(b.keyPairs);
        managedStacks = List.copyOf(b.managedStacks);
        offeredTypes = List.copyOf(b.offeredTypes);
        prices = java.util.Map.copyOf(b.prices);
        cost = b.cost;
        recommendation = b.recommendation;
        privateKeyFile = b.privateKeyFile;
        dataVolume = b.dataVolume;
        snapshotId = b.snapshotId;
        templateAsked = b.templateAsked;
        profiles = List.copyOf(b.profiles);
        activeProfile = b.activeProfile;
        profileAsked = b.profileAsked;
        attempt = b.attempt;
        publicAddress = b.publicAddress;
        exposureAcknowledged = b.exposureAcknowledged;
        stack = b.stack;
        stackId = b.stackId;
        events = List.copyOf(b.events);
        notice = b.notice;
        messages = List.copyOf(b.messages);
        startedAt = b.startedAt;
        deployStartedAt = b.deployStartedAt;
        readyStartedAt = b.readyStartedAt;
        readyAt = b.readyAt;
        lastProbe = b.lastProbe;
        readinessPhase = b.readinessPhase;
        diagnosis = b.diagnosis;
        deleting = b.deleting;
        cancelling = b.cancelling;
        outcome = b.outcome;
    }

    public static WizardState initial(WizardConfig config, Answers answers) {
        Builder b = new Builder();
        b.config = config;
        b.mode = config.mode();
        b.step = Step.CREDENTIALS;
        b.phase = Phase.WORKING;
        b.answers = answers;
        return new WizardState(b);
    }

    public Builder edit() {
        return new Builder(this);
    }

    public WizardConfig config() { return config; }
    /** What the run is doing now: the command given, or what the user switched to (resume on launch). */
    public Mode mode() { return mode; }
    public Step step() { return step; }
    public Phase phase() { return phase; }
    public Answers answers() { return answers; }
    public Optional<Question> question() { return question; }
    /** Ids of the effects whose answers are still awaited; any other answer is stale. */
    public java.util.Set<Long> awaited() { return awaited; }
    /** Which field of the Options step is open (0-based). */
    public int field() { return field; }
    public Optional<CallerIdentity> identity() { return identity; }
    public Optional<ChromaTemplate> template() { return template; }
    public List<String> enabledRegions() { return enabledRegions; }
    public Optional<DefaultVpc> vpc() { return vpc; }
    public Optional<InstanceTypeInfo> instance() { return instance; }
    public List<String> keyPairs() { return keyPairs; }
    /** Stacks chroma-setup made in the chosen region (offered on launch: watch, status, destroy). */
    public List<StackInfo> managedStacks() { return managedStacks; }
    /** Instance types offered in the region, as shown on the Size step. */
    public List<InstanceTypeInfo> offeredTypes() { return offeredTypes; }
    /** Hourly prices by instance type (Price List API, else the bundled table). */
    public java.util.Map<String, HourlyPrice> prices() { return prices; }
    /** The monthly estimate of the chosen size: instance + disk + public IPv4. */
    public Optional<MonthlyCost> cost() { return cost; }
    /** A size recommendation for the expected collection, when one was asked for. */
    public Optional<String> recommendation() { return recommendation; }
    /** Where a key pair created by this run saved its private key. */
    public Optional<String> privateKeyFile() { return privateKeyFile; }
    /** The data volume destroy snapshots, once found. */
    public Optional<DataVolume> dataVolume() { return dataVolume; }
    /** The snapshot taken before destroy, once started. */
    public Optional<String> snapshotId() { return snapshotId; }
    /** The AWS profiles the user can pick from (when several exist and none was named). */
    public List<String> profiles() { return profiles; }
    /** The profile picked in the wizard, if one was. */
    public Optional<String> activeProfile() { return activeProfile; }
    /** The public address lookup (for the hardened template's allowed CIDR), once done. */
    public Optional<Event.PublicAddressDetected> publicAddress() { return publicAddress; }
    /** True when the deploy uses chroma-setup's hardened template (it declares AllowedCidr). */
    public boolean hardened() { return template.map(t -> t.hasParameter("AllowedCidr")).orElse(false); }
    public Optional<StackInfo> stack() { return stack; }
    public Optional<String> stackId() { return stackId; }
    /** Every stack event seen, oldest first. */
    public List<StackEvent> events() { return events; }
    /** A transient notice (AWS throttling, retrying); empty when all is well. */
    public Optional<String> notice() { return notice; }
    /** Informational lines produced by the last transition (a completed URL, a created VPC...). */
    public List<String> messages() { return messages; }
    public Optional<Instant> deployStartedAt() { return deployStartedAt; }
    public Optional<Instant> readyStartedAt() { return readyStartedAt; }
    public Optional<Instant> readyAt() { return readyAt; }
    public Optional<ProbeResult> lastProbe() { return lastProbe; }
    /** What is probably happening while waiting for the heartbeat ("instance booting", ...). */
    public Optional<String> readinessPhase() { return readinessPhase; }
    public Optional<Diagnosis> diagnosis() { return diagnosis; }
    public boolean deleting() { return deleting; }
    /** True when the user chose to cancel the deploy and delete the stack. */
    public boolean cancelling() { return cancelling; }
    public Optional<Outcome> outcome() { return outcome; }

    public boolean finished() {
        return phase == Phase.FINISHED;
    }

    /** Headers the client code must send: the hardened template's token, when it is on. */
    public java.util.Map<String, String> clientHeaders() {
        return hardened() && !answers.access().authToken().isEmpty()
                ? java.util.Map.of("X-Chroma-Token", answers.access().authToken().reveal()) : java.util.Map.of();
    }

    /** The server's public address once the stack has it (output ServerIp). */
    public Optional<String> serverIp() {
        return stack.map(s -> s.outputs().get("ServerIp")).filter(ip -> !ip.isBlank());
    }

    /** Mutable copy used only inside transitions. */
    public static final class Builder {
        WizardConfig config;
        Mode mode;
        Step step;
        Phase phase;
        Answers answers;
        Optional<Question> question = Optional.empty();
        java.util.Set<Long> awaited = java.util.Set.of();
        int field;
        Optional<dev.chromasetup.errors.SetupException> lastError = Optional.empty();
        long lastRequest;
        Optional<CallerIdentity> identity = Optional.empty();
        Optional<ChromaTemplate> template = Optional.empty();
        List<String> enabledRegions = List.of();
        Optional<String> suggestedRegion = Optional.empty();
        Optional<DefaultVpc> vpc = Optional.empty();
        boolean vpcChecked;
        Optional<InstanceTypeInfo> instance = Optional.empty();
        List<String> keyPairs = List.of();
        List<StackInfo> managedStacks = List.of();
        List<InstanceTypeInfo> offeredTypes = List.of();
        java.util.Map<String, HourlyPrice> prices = java.util.Map.of();
        Optional<MonthlyCost> cost = Optional.empty();
        Optional<String> recommendation = Optional.empty();
        Optional<String> privateKeyFile = Optional.empty();
        Optional<DataVolume> dataVolume = Optional.empty();
        Optional<String> snapshotId = Optional.empty();
        boolean templateAsked;
        List<String> profiles = List.of();
        Optional<String> activeProfile = Optional.empty();
        boolean profileAsked;
        int attempt = 1;
        Optional<Event.PublicAddressDetected> publicAddress = Optional.empty();
        boolean exposureAcknowledged;
        Optional<StackInfo> stack = Optional.empty();
        Optional<String> stackId = Optional.empty();
        List<StackEvent> events = List.of();
        Optional<String> notice = Optional.empty();
        List<String> messages = List.of();
        Optional<Instant> startedAt = Optional.empty();
        Optional<Instant> deployStartedAt = Optional.empty();
        Optional<Instant> readyStartedAt = Optional.empty();
        Optional<Instant> readyAt = Optional.empty();
        Optional<ProbeResult> lastProbe = Optional.empty();
        Optional<String> readinessPhase = Optional.empty();
        Optional<Diagnosis> diagnosis = Optional.empty();
        boolean deleting;
        boolean cancelling;
        Optional<Outcome> outcome = Optional.empty();

        Builder() {
        }

        Builder(WizardState s) {
            config = s.config;
            mode = s.mode;
            step = s.step;
            phase = s.phase;
            answers = s.answers;
            question = s.question;
            awaited = s.awaited;
            field = s.field;
            lastError = s.lastError;
            lastRequest = s.lastRequest;
            identity = s.identity;
            template = s.template;
            enabledRegions = s.enabledRegions;
            suggestedRegion = s.suggestedRegion;
            vpc = s.vpc;
            vpcChecked = s.vpcChecked;
            instance = s.instance;
            keyPairs = s.keyPairs;
            managedStacks = s.managedStacks;
            offeredTypes = s.offeredTypes;
            prices = s.prices;
            cost = s.cost;
            recommendation = s.recommendation;
            privateKeyFile = s.privateKeyFile;
            dataVolume = s.dataVolume;
            snapshotId = s.snapshotId;
            templateAsked = s.templateAsked;
            profiles = s.profiles;
            activeProfile = s.activeProfile;
            profileAsked = s.profileAsked;
            attempt = s.attempt;
            publicAddress = s.publicAddress;
            exposureAcknowledged = s.exposureAcknowledged;
            stack = s.stack;
            stackId = s.stackId;
            events = s.events;
            notice = s.notice;
            messages = s.messages;
            startedAt = s.startedAt;
            deployStartedAt = s.deployStartedAt;
            readyStartedAt = s.readyStartedAt;
            readyAt = s.readyAt;
            lastProbe = s.lastProbe;
            readinessPhase = s.readinessPhase;
            diagnosis = s.diagnosis;
            deleting = s.deleting;
            cancelling = s.cancelling;
            outcome = s.outcome;
        }

        public WizardState build() {
            return new WizardState(this);
        }
    }
}
