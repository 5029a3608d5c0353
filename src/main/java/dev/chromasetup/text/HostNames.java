package dev.chromasetup.text;

import java.util.regex.Pattern;

/**
 * Whether a string is a plain IPv4 address or an RFC 1123 host name: the only things chroma-setup
 * puts into a URL it probes or into generated client code. Anything else (spaces, quotes, ports,
 * paths) is refused, so an odd ServerIp output can never inject text into either.
 */
public final class HostNames {
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private HostNames() {
    }

    public static boolean isValid(String host) {
        if (host == null) {
            return false;
        }
        if (host.matches("[0-9.]+")) {
            return IPV4.matcher(host).matches(); // all digits and dots: an address, so it must be a valid one
        }
        return HOSTNAME.matcher(host).matches();
    }
}
