package dev.chromasetup.aws;

import dev.chromasetup.text.Secret;
import java.util.List;

/** EC2 key pairs of the port's region, by name. */
public interface KeyPairs {
    List<String> names();

    /**
     * Creates a key pair and returns its private key (PEM), which AWS hands out only this once: save
     * it at once ({@code dev.chromasetup.keys.PrivateKeyFile}) and never show or log it. SetupException
     * USAGE when the name is invalid or already taken in the region.
     */
    Secret create(String name);
}
