package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.errors.SetupException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an instance type can run Chroma's template. The template has no AllowedValues, so a bad
 * type only fails minutes into a deploy (or worse, boots and then runs out of memory); we refuse it
 * up front with the reason and a type that would work.
 */
public final class InstanceTypeRule {
    /** Graviton families: letters, generation, "g", optional extras (t4g, m7g, c7gd, r8g, ...). */
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z0-9-]+");
    private static final Pattern GRAVITON = Pattern.compile("([a-z]+)(\\d+)g([a-z]*)\\.(.+)");

    private InstanceTypeRule() {
    }

    /** The type's details when it can run Chroma; SetupException BLOCKED otherwise. */
    public static InstanceTypeInfo require(Optional<InstanceTypeInfo> info, String requested, String region, long minimumMib) {
        return require(info, requested, region, minimumMib, false);
    }

    /** @param armAllowed true when the template can boot arm64 (Graviton) types, e.g. the hardened one */
    public static InstanceTypeInfo require(Optional<InstanceTypeInfo> info, String requested, String region,
                                           long minimumMib, boolean armAllowed) {
        String name = new TextSanitizer(40).clean(requested);
        if (requested == null || requested.isBlank() || requested.length() > 64
                || !WELL_FORMED.matcher(requested).matches()) {
            throw SetupException.usage("Instance type " + TextSanitizer.quote(requested == null ? "" : requested)
                            + " is not an instance type name",
                    "EC2 instance types look like t3.small or m7i.large (family, a dot, size)"
                            + TextSanitizer.lookAlikeHint(requested),
                    "pick a type such as t3.small (2 GiB) or t3.medium (4 GiB)");
        }
        if (info.isEmpty()) {
            throw SetupException.blocked("Instance type " + name + " is not offered in " + region,
                    "EC2 does not list it for this region (unknown name, or not available here)",
                    "pick another type, e.g. t3.small, or another region");
        }
        InstanceTypeInfo t = info.get();
        if (!t.supportsX86() && !armAllowed) {
            throw SetupException.blocked("Instance type " + name + " cannot run Chroma's template",
                    name + " is an arm64 (Graviton) type; Chroma's template uses an x86_64 Amazon Linux image",
                    "pick an x86_64 type instead, e.g. " + x86Sibling(t.name()).orElse("t3.small")
                            + ", or choose chroma-setup's hardened template, which runs arm64 (--template hardened)");
        }
        if (t.memoryMib() < minimumMib) {
            String freeTier = t.freeTierEligible()
                    ? " (it is free-tier eligible, but the free tier's 1 GiB instances cannot run Chroma)" : "";
            throw SetupException.blocked("Instance type " + name + " is too small for Chroma",
                    name + " has " + gib(t.memoryMib()) + " of memory; Chroma needs at least " + gib(minimumMib)
                            + " (Chroma's own guide: the 1 GB free-tier instances cannot run it)" + freeTier,
                    "pick a type with at least " + gib(minimumMib) + ", e.g. t3.small (2 GiB, about $15 a month) or t3.medium (4 GiB)");
        }
        return t;
    }

    /** A short reason for a table row ("too small: ...", "arm64: ..."), empty when the type is fine. */
    public static Optional<String> rowNote(InstanceTypeInfo t, long minimumMib) {
        return rowNote(t, minimumMib, false);
    }

    public static Optional<String> rowNote(InstanceTypeInfo t, long minimumMib, boolean armAllowed) {
        if (!t.supportsX86() && !armAllowed) {
            return Optional.of("arm64: Chroma's template image is x86_64 only");
        }
        if (t.memoryMib() < minimumMib) {
            return Optional.of("too small: Chroma needs at least " + gib(minimumMib));
        }
        return Optional.empty();
    }

    /** The x86_64 counterpart of a Graviton type: t4g.small → t3.small or t3a.small, m7g.large → m7i.large. */
    public static Optional<String> x86Sibling(String armType) {
        Matcher m = GRAVITON.matcher(armType == null ? "" : armType);
        if (!m.matches()) {
            return Optional.empty();
        }
        String family = m.group(1);
        String size = m.group(4);
        if (family.equals("t")) {
            return Optional.of("t3." + size + " or t3a." + size);
        }
        // Same family and generation with Intel ("i"), which exists from generation 6 on.
        int gen = Math.max(6, Integer.parseInt(m.group(2)));
        return Optional.of(family + gen + "i" + m.group(3) + "." + size);
    }

    /** "1 GiB", "0.5 GiB", "3.8 GiB": memory as the screens show it. */
    public static String gib(long mib) {
        if (mib % 1024 == 0) {
            return (mib / 1024) + " GiB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f GiB", mib / 1024.0);
    }
}
