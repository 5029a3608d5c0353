package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR for the hardened template's ingress rule ("203.0.113.7/32"). A bare address is taken as
 * its /32. The host bits are cleared (EC2 refuses 203.0.113.7/24 as it is) with a notice.
 */
public final class CidrRule {
    private static final Pattern CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

    private CidrRule() {
    }

    public static String normalize(String input) {
        String v = input == null ? "" : input.strip();
        Matcher m = CIDR.matcher(v);
        if (!m.matches()) {
            throw SetupException.usage("Allowed address " + TextSanitizer.quote(v) + " is not an IPv4 CIDR",
                    "the hardened template opens Chroma's port only to an IPv4 range like 203.0.113.7/32",
                    "pass --allowed-cidr ADDRESS/32 (your address), or a wider range such as 203.0.113.0/24");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                throw SetupException.usage("Allowed address " + TextSanitizer.quote(v) + " is not an IPv4 CIDR",
                        "each of the four numbers must be 0 to 255", "pass --allowed-cidr ADDRESS/32");
            }
            address = address << 8 | octet;
        }
        int bits = m.group(5) == null ? 32 : Integer.parseInt(m.group(5));
        if (bits > 32) {
            throw SetupException.usage("Allowed address " + TextSanitizer.quote(v) + " is not an IPv4 CIDR",
                    "the prefix after / must be 0 to 32", "pass --allowed-cidr ADDRESS/32");
        }
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        long network = address & mask;
        return (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + bits;
    }

    /** True for 0.0.0.0/0: everyone, which defeats the point; allowed, but the user is told. */
    public static boolean isEveryone(String cidr) {
        return cidr.endsWith("/0");
    }
}
