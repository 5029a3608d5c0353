package dev.chromasetup.aws;

/** The default VPC of a region, where Chroma's template puts its instance and security group. */
public record DefaultVpc(String vpcId, String cidr, int defaultSubnets) {
}
