package dev.chromasetup.app;

import dev.chromasetup.aws.AwsConnector;
import dev.chromasetup.aws.AwsPorts;
import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.deploy.EventTail;
import dev.chromasetup.deploy.PollSchedule;
import dev.chromasetup.deploy.PublicAddress;
import dev.chromasetup.deploy.Readiness;
import dev.chromasetup.deploy.StackWatcher;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.keys.PrivateKeyFile;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Carries out the state machine's effects through the ports and turns every outcome, success or
 * failure, into an event. It never throws: a failure is an {@link Event.Failed} the machine decides
 * about. Delays ({@code after}) are not slept here: the face schedules them.
 */
public final class EffectRunner {
    private final AwsConnector aws;
    /** The template for a choice ("official", "hardened"); a --template-file or --template-url wins. */
    private final Function<String, ChromaTemplate> templates;
    private final PublicAddress publicAddress;
    private final Readiness readiness;
    private final Clock clock;
    private final Supplier<PollSchedule> schedules;
    private final Map<String, StackWatcher> watchers = new ConcurrentHashMap<>();
    private final SizingLookup sizing;
    private final Path sshDir;
    private final RunMemory memory;

    public EffectRunner(AwsConnector aws, Function<String, ChromaTemplate> templates, PublicAddress publicAddress,
                        Readiness readiness, Clock clock,
                        Duration pollInterval, Duration maxBackoff, RandomGenerator random, Path sshDir,
                        RunMemory memory) {
        this.aws = aws;
        this.memory = memory;
        this.sizing = new SizingLookup(aws::prices); // the SDK's price adapter is built when first needed
        this.sshDir = sshDir;
        this.templates = templates;
        this.publicAddress = publicAddress;
        this.readiness = readiness;
        this.clock = clock;
        this.schedules = () -> new PollSchedule(pollInterval, maxBackoff, 5, random);
    }

    /** How long the face must wait before {@link #run(Effect)}: only polls and probes are delayed. */
    public static Duration delayOf(Effect effect) {
        if (effect instanceof Effect.PollStack p) {
            return p.after();
        }
        if (effect instanceof Effect.ProbeReadiness p) {
            return p.after();
        }
        if (effect instanceof Effect.PollSnapshot p) {
            return p.after();
        }
        return Duration.ZERO;
    }

    public Event run(Effect effect) {
        long id = effect.requestId();
        try {
            return execute(effect);
        } catch (SetupException e) {
            return new Event.Failed(id, e);
        } catch (AwsTransientException e) {
            return new Event.Failed(id, new SetupException(ExitCode.FAILED, "AWS did not answer", e.getMessage(),
                    "try again in a moment; if it keeps failing check your network or the AWS Health Dashboard"));
        } catch (RuntimeException e) {
            // a bug or an unexpected SDK failure: still an answer, never a hang
            return new Event.Failed(id, new SetupException(ExitCode.FAILED, "Unexpected error",
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "run again with --debug and report the log file"));
        }
    }

    private Event execute(Effect effect) {
        long id = effect.requestId();
        if (effect instanceof Effect.CheckCredentials) {
            return new Event.CredentialsChecked(id, aws.forRegion(homeRegion()).identity().whoAmI());
        }
        if (effect instanceof Effect.ListProfiles) {
            return new Event.ProfilesListed(id, aws.profiles());
        }
        if (effect instanceof Effect.UseProfile e) {
            aws.useProfile(e.profile());
            return new Event.ProfileSwitched(id);
        }
        if (effect instanceof Effect.LoadTemplate e) {
            return new Event.TemplateLoaded(id, templates.apply(e.choice()));
        }
        if (effect instanceof Effect.DetectPublicAddress) {
            return new Event.PublicAddressDetected(id, publicAddress.detect(), publicAddress.source());
        }
        if (effect instanceof Effect.LoadRegions) {
            return new Event.RegionsLoaded(id, aws.forRegion(homeRegion()).regions().enabledRegions(),
                    aws.suggestedRegion());
        }
        if (effect instanceof Effect.CheckNetwork e) {
            return new Event.NetworkChecked(id, ports(e.region()).network().defaultVpc());
        }
        if (effect instanceof Effect.CreateDefaultVpc e) {
            return new Event.DefaultVpcCreated(id, ports(e.region()).network().createDefaultVpc());
        }
        if (effect instanceof Effect.CheckInstanceType e) {
            var info = ports(e.region()).instances().describe(e.instanceType());
            return new Event.InstanceTypeChecked(id, e.instanceType(), info,
                    info.isPresent() ? sizing.price(e.instanceType(), e.region()) : Optional.empty());
        }
        if (effect instanceof Effect.LoadSizing e) {
            var offered = ports(e.region()).instances().offered(e.candidates());
            return new Event.SizingLoaded(id, offered, sizing.prices(offered, e.region()));
        }
        if (effect instanceof Effect.CreateKeyPair e) {
            PrivateKeyFile.checkAvailable(sshDir, e.name()); // refuse before AWS creates anything
            Secret material = ports(e.region()).keyPairs().create(e.name());
            Path file = PrivateKeyFile.write(sshDir, e.name(), material);
            return new Event.KeyPairCreated(id, e.name(), file.toString());
        }
        if (effect instanceof Effect.LoadKeyPairs e) {
            return new Event.KeyPairsLoaded(id, ports(e.region()).keyPairs().names());
        }
        if (effect instanceof Effect.ListManagedStacks e) {
            return new Event.ManagedStacksListed(id, ports(e.region()).stacks().listManaged());
        }
        if (effect instanceof Effect.LookUpStack e) {
            return new Event.StackLookedUp(id, ports(e.region()).stacks().describe(e.stackName()));
        }
        if (effect instanceof Effect.CreateStack e) {
            String stackId = ports(e.region()).stacks().create(e.request());
            memory.remember(e.region(), e.request(), stackId);
            return new Event.StackCreated(id, stackId, clock.instant());
        }
        if (effect instanceof Effect.FindDataVolume e) {
            return new Event.DataVolumeFound(id, ports(e.region()).snapshots().dataVolume(e.stackId()));
        }
        if (effect instanceof Effect.CreateSnapshot e) {
            String description = "chroma-setup: data of stack " + e.stackName() + " before destroy";
            return new Event.SnapshotStarted(id, ports(e.region()).snapshots().createSnapshot(e.volumeId(),
                    description, dev.chromasetup.aws.Snapshots.tagsFor(e.stackName())));
        }
        if (effect instanceof Effect.PollSnapshot e) {
            return new Event.SnapshotPolled(id, ports(e.region()).snapshots().snapshotStatus(e.snapshotId()));
        }
        if (effect instanceof Effect.DeleteStack e) {
            watchers.computeIfAbsent(key(e.region(), e.stackId()), k -> watcherFromNow(e.region(), e.stackId()));
            ports(e.region()).stacks().delete(e.stackId());
            return new Event.StackDeleteRequested(id, clock.instant());
        }
        if (effect instanceof Effect.PollStack e) {
            StackWatcher watcher = watchers.computeIfAbsent(key(e.region(), e.stackId()), k -> {
                var stacks = ports(e.region()).stacks();
                return new StackWatcher(stacks, EventTail.fromStart(stacks, e.stackId()), schedules.get());
            });
            StackWatcher.Tick t = watcher.tick(clock.instant());
            return new Event.StackPolled(id, t.newEvents(), t.status(), t.statusReason(), t.outputs(), t.gone(),
                    t.notice(), t.nextDelay(), clock.instant());
        }
        if (effect instanceof Effect.ProbeReadiness e) {
            return new Event.ReadinessProbed(id, readiness.probe(e.heartbeatUrl(), e.token()), clock.instant());
        }
        throw new IllegalStateException("no runner for " + effect.getClass().getSimpleName());
    }

    private static String key(String region, String stackId) {
        return region + "/" + stackId;
    }

    /**
     * Before a delete, the events so far are marked as seen (read once and dropped), so the delete
     * shows only its own progress. Done by event id rather than by time: clocks may disagree.
     */
    private StackWatcher watcherFromNow(String region, String stackId) {
        var stacks = ports(region).stacks();
        EventTail tail = EventTail.fromStart(stacks, stackId);
        try {
            tail.poll();
        } catch (AwsTransientException e) {
            // the history will show; better than not following the delete at all
        }
        return new StackWatcher(stacks, tail, schedules.get());
    }

    private AwsPorts ports(String region) {
        return aws.forRegion(region);
    }

    /**
     * STS and DescribeRegions need some region before the user has chosen one: the suggested region
     * when there is one, else us-east-1 (both calls answer the same from any enabled region).
     */
    private String homeRegion() {
        Optional<String> suggested = aws.suggestedRegion();
        return suggested.orElse("us-east-1");
    }
}
