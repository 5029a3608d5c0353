package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.InstanceCatalog;
import dev.chromasetup.aws.InstanceTypeInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;
import software.amazon.awssdk.services.ec2.model.LocationType;

/**
 * Instance types of one region: first "is it offered in this region at all"
 * (DescribeInstanceTypeOfferings), then memory, vCPUs and architectures (DescribeInstanceTypes). Unknown
 * or not offered: empty. For lists, the region's offerings are read once and matched against the
 * candidates here; answers are cached for the session (one catalog per region), keyed by the sorted
 * candidate names; single {@link #describe} answers are cached too.
 */
final class SdkInstanceCatalog implements InstanceCatalog {
    private static final AwsCall OFFERINGS = AwsCall.of("DescribeInstanceTypeOfferings",
            "ec2:DescribeInstanceTypeOfferings");
    private static final AwsCall TYPES = AwsCall.of("DescribeInstanceTypes", "ec2:DescribeInstanceTypes");
    /** DescribeInstanceTypes takes at most 100 names per request. */
    private static final int TYPES_PER_REQUEST = 100;

    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;
    private final Map<List<String>, List<InstanceTypeInfo>> offeredCache = new ConcurrentHashMap<>();
    private final Map<String, InstanceTypeInfo> infoCache = new ConcurrentHashMap<>();
    private Set<String> offerings;

    SdkInstanceCatalog(Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public Optional<InstanceTypeInfo> describe(String instanceType) {
        InstanceTypeInfo cached = infoCache.get(instanceType);
        if (cached != null) {
            return Optional.of(cached);
        }
        boolean offered = errors.call(OFFERINGS, () -> !ec2.get().describeInstanceTypeOfferings(r -> r
                        .locationType(LocationType.REGION)
                        .filters(Filter.builder().name("instance-type").values(instanceType).build()))
                .instanceTypeOfferings().isEmpty());
        if (!offered) {
            return Optional.empty();
        }
        Optional<InstanceTypeInfo> info = errors.call(TYPES, () -> {
            try {
                return ec2.get().describeInstanceTypes(r -> r.instanceTypesWithStrings(instanceType))
                        .instanceTypes().stream().findFirst().map(SdkInstanceCatalog::toInfo);
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null && "InvalidInstanceType".equals(e.awsErrorDetails().errorCode())) {
                    return Optional.<InstanceTypeInfo>empty();
                }
                throw e;
            }
        });
        info.ifPresent(i -> infoCache.put(instanceType, i));
        return info;
    }

    @Override
    public List<InstanceTypeInfo> offered(List<String> candidates) {
        List<String> key = candidates.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().sorted().toList();
        if (key.isEmpty()) {
            return List.of();
        }
        List<InstanceTypeInfo> cached = offeredCache.get(key);
        if (cached != null) {
            return cached;
        }
        List<InstanceTypeInfo> answer = List.copyOf(load(key));
        answer.forEach(i -> infoCache.putIfAbsent(i.name(), i));
        offeredCache.put(key, answer);
        return answer;
    }

    private List<InstanceTypeInfo> load(List<String> patterns) {
        List<Pattern> globs = patterns.stream().map(SdkInstanceCatalog::glob).toList();
        List<String> all = regionOfferings().stream()
                .filter(name -> globs.stream().anyMatch(g -> g.matcher(name).matches()))
                .toList();
        List<InstanceTypeInfo> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += TYPES_PER_REQUEST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + TYPES_PER_REQUEST));
            errors.call(TYPES, () -> {
                ec2.get().describeInstanceTypesPaginator(r -> r.instanceTypesWithStrings(chunk))
                        .instanceTypes().stream().map(SdkInstanceCatalog::toInfo).forEach(out::add);
                return null;
            });
        }
        return out;
    }

    /**
     * Every type offered in the region (one or two pages of names), fetched once. Matching the
     * candidates here rather than in the request's filter keeps wildcards working on emulators that
     * only match exact names (moto), and costs one call per region for the whole session.
     */
    private synchronized Set<String> regionOfferings() {
        if (offerings == null) {
            Set<String> names = new LinkedHashSet<>();
            errors.call(OFFERINGS, () -> {
                ec2.get().describeInstanceTypeOfferingsPaginator(r -> r.locationType(LocationType.REGION))
                        .instanceTypeOfferings().stream()
                        .map(InstanceTypeOffering::instanceTypeAsString)
                        .forEach(names::add);
                return null;
            });
            offerings = Set.copyOf(names);
        }
        return offerings;
    }

    /** EC2's filter wildcards: {@code *} any run of characters, {@code ?} one character. */
    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static InstanceTypeInfo toInfo(software.amazon.awssdk.services.ec2.model.InstanceTypeInfo t) {
        return new InstanceTypeInfo(
                t.instanceTypeAsString(),
                t.vCpuInfo() == null || t.vCpuInfo().defaultVCpus() == null ? 0 : t.vCpuInfo().defaultVCpus(),
                t.memoryInfo() == null || t.memoryInfo().sizeInMiB() == null ? 0 : t.memoryInfo().sizeInMiB(),
                t.processorInfo() == null ? List.of() : t.processorInfo().supportedArchitecturesAsStrings(),
                Boolean.TRUE.equals(t.freeTierEligible()),
                Boolean.TRUE.equals(t.burstablePerformanceSupported()),
                Boolean.TRUE.equals(t.currentGeneration()));
    }
}
