package dev.chromasetup.wizard;

import dev.chromasetup.text.Secret;

/**
 * The access answers only chroma-setup's hardened template asks: who may connect (a CIDR), SSH on or
 * off, the token in front of Chroma (empty: no token), and a fixed Elastic IP.
 */
public record HardenedAccess(String allowedCidr, boolean ssh, Secret authToken, boolean elasticIp) {
    public static HardenedAccess none() {
        return new HardenedAccess("", false, Secret.empty(), false);
    }

    public HardenedAccess withAllowedCidr(String v) {
        return new HardenedAccess(v, ssh, authToken, elasticIp);
    }

    public HardenedAccess withSsh(boolean v) {
        return new HardenedAccess(allowedCidr, v, authToken, elasticIp);
    }

    public HardenedAccess withAuthToken(Secret v) {
        return new HardenedAccess(allowedCidr, ssh, v, elasticIp);
    }

    public HardenedAccess withElasticIp(boolean v) {
        return new HardenedAccess(allowedCidr, ssh, authToken, v);
    }
}
