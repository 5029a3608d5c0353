package dev.chromasetup.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failures a Chroma deploy commonly meets, each matched on AWS's reason text and explained.
 * Order matters: the more specific texts come before the generic ones ("Unsupported").
 */
final class FailureCatalog {
    record Explanation(String headline, String why, String fix) {
    }

    private record Case(Predicate<String> matches, Function<String, Explanation> explain) {
    }

    private static final Pattern KEY_NAME = Pattern.compile("key pair '([^']{1,255})'", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("perform: ([A-Za-z0-9-]+:[A-Za-z0-9*]+)");
    private static final String REDEPLOY = "; then delete the failed stack and deploy again";

    private final String region;
    private final List<Case> cases;

    FailureCatalog(String region) {
        this.region = region == null || region.isBlank() ? "REGION" : region;
        this.cases = List.of(
                new Case(has("no default vpc", "vpcidnotspecified"), r -> noDefaultVpc()),
                new Case(r -> lower(r).contains("key pair") && lower(r).contains("does not exist"), this::keyPair),
                new Case(has("architecture"), r -> architecture()),
                new Case(has("unable to get mapping for region2ami"), r -> unmappedRegion()),
                new Case(has("vcpulimitexceeded", "more vcpu capacity than your current vcpu limit"), r -> vcpuLimit()),
                new Case(has("insufficientinstancecapacity", "insufficient capacity"), r -> capacity()),
                new Case(has("accessdenied", "unauthorizedoperation", "not authorized to perform"), this::permission),
                new Case(has("requested configuration is currently not supported", "unsupported"), r -> unsupported()));
    }

    Optional<Explanation> match(String reason) {
        return cases.stream().filter(c -> c.matches().test(reason)).findFirst().map(c -> c.explain().apply(reason));
    }

    /** Anything we do not know: AWS's reason as is, and the generic way out. */
    Explanation unknown(String reason) {
        return new Explanation("", reason.isEmpty() ? "CloudFormation gave no reason" : reason,
                "check the stack's events in the CloudFormation console for details" + REDEPLOY);
    }

    private Explanation noDefaultVpc() {
        return new Explanation("this region has no default VPC",
                "Chroma's template puts its server in the account's default VPC, and " + region + " has none",
                "create one with `chroma-setup --create-default-vpc` or `aws ec2 create-default-vpc --region " + region + "`" + REDEPLOY);
    }

    private Explanation keyPair(String reason) {
        Matcher m = KEY_NAME.matcher(reason);
        String name = m.find() ? "'" + m.group(1) + "'" : "given";
        return new Explanation("the SSH key pair " + name + " does not exist in " + region,
                "key pairs belong to one region; the template was asked to use one that " + region + " does not have",
                "choose an existing key pair, create one (`aws ec2 create-key-pair --key-name NAME --region " + region
                        + "`), or deploy without a key pair" + REDEPLOY);
    }

    private Explanation architecture() {
        return new Explanation("the instance type does not match the template's image",
                "it is an arm64 (Graviton) type; Chroma's template uses an x86_64 Amazon Linux image",
                "choose an x86_64 type, e.g. t3.small (instead of t4g.small) or m7i.large (instead of m7g.large)" + REDEPLOY);
    }

    private Explanation unmappedRegion() {
        return new Explanation("Chroma's template does not support " + region,
                "its Region2AMI mapping has no machine image (AMI) for " + region,
                "deploy to a region the template supports, e.g. us-east-1" + REDEPLOY);
    }

    private Explanation vcpuLimit() {
        return new Explanation("the account's vCPU limit is reached",
                "running this instance type would exceed the account's on-demand vCPU quota in " + region,
                "choose a smaller instance type, or ask for a higher quota in the Service Quotas console: "
                        + "https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A" + REDEPLOY);
    }

    private Explanation capacity() {
        return new Explanation("AWS has no spare capacity for this instance type",
                "the availability zone AWS picked has no free instances of this type right now",
                "try again in a few minutes, or choose another instance type or region" + REDEPLOY);
    }

    private Explanation permission(String reason) {
        Matcher m = ACTION.matcher(reason);
        String action = m.find() ? m.group(1) : "the EC2 and CloudFormation permissions the template needs";
        return new Explanation("permission denied",
                "the AWS identity in use is not allowed to do everything the template needs (IAM permissions)",
                "ask an administrator to grant " + action + " to your user or role (or use credentials that have it)" + REDEPLOY);
    }

    private Explanation unsupported() {
        return new Explanation("the instance type is not available there",
                "the instance type is not offered in the availability zone AWS picked in " + region,
                "choose another instance type, e.g. t3.small, or another region" + REDEPLOY);
    }

    private static Predicate<String> has(String... needles) {
        return r -> {
            String l = lower(r);
            for (String n : needles) {
                if (l.contains(n)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
