package dev.chromasetup.wizard;

import dev.chromasetup.rules.SizingRow;

import java.util.Locale;

/** The Size list's columns, laid out the same in every face (80 columns wide at most). */
final class SizingLines {
    private SizingLines() {
    }

    static String header() {
        return String.format(Locale.ROOT, "%-12s %4s %7s %8s %9s  %s", "type", "vCPU", "memory", "$/hour",
                "$/month*", "fits about / why not");
    }

    static String row(SizingRow r) {
        String last = r.refusal().orElse(r.fitsAboutText().replace("fits about ", "")
                + (r.templateDefault() ? "  (template default)" : ""));
        return String.format(Locale.ROOT, "%-12s %4d %7s %8s %9s  %s", r.type(), r.vcpus(), r.memory(),
                r.selectable() ? r.hourlyText() : "—", r.selectable() ? r.monthlyText() : "—", last);
    }
}
