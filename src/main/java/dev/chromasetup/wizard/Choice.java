package dev.chromasetup.wizard;

/**
 * One entry of a choice list. A disabled choice is shown (greyed, with its reason) but cannot be
 * picked: e.g. a region the template cannot deploy to.
 */
public record Choice(String value, String label, boolean enabled, String note) {
    public static Choice of(String value, String label) {
        return new Choice(value, label, true, "");
    }
}
