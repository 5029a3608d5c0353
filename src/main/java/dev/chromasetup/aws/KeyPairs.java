package dev.chromasetup.aws;

import java.util.List;

/** EC2 key pairs of the port's region, by name. */
public interface KeyPairs {
    List<String> names();
}
