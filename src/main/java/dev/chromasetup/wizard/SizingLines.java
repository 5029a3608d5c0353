package dev.chromasetup.wizard;

import dev.chromasetup.rules.SizingRow;

import java.util.Locale;

/** The Size list's columns, laid out the same in every face (80 columns wide at most). */
final class SizingLines {
    private SizingLines() {
    }

    private static final String COLUMNS = "%-11s %4s %7s %7s %8s  %s";

    /** The column titles, as Question.choicesHeader: each face aligns it with its choice labels. */
    static String header() {
        return String.format(Locale.ROOT, COLUMNS, "type", "vCPU", "memory", "$/hour", "$/month*", "fits about");
    }

    /** A refused type keeps its columns short: the reason is the choice's note, shown by each face. */
    static String row(SizingRow r) {
        String fits = r.selectable() ? r.fitsAboutText().replace("fits about ", "") : "";
        return String.format(Locale.ROOT, COLUMNS, r.type(), r.vcpus(), r.memory(),
                r.selectable() ? r.hourlyText() : "—", r.selectable() ? r.monthlyText() : "—", fits).stripTrailing();
    }
}
