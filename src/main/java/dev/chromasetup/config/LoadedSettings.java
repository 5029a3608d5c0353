package dev.chromasetup.config;

import java.util.List;

/**
 * The settings of one run plus the warnings found while loading them (an unknown key in the user
 * file, an unknown CHROMA_SETUP_* variable): worth telling the user, never worth stopping for.
 */
public record LoadedSettings(Settings settings, List<String> warnings) {
    public LoadedSettings {
        warnings = List.copyOf(warnings);
    }
}
