package dev.chromasetup.ui.tui;

import dev.chromasetup.ui.tui.Theme.Role;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.WizardState;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Boxes drawn over the screen: help, "quit?" and the full log (the Ctrl-C choices during a deploy are
 * the flow's own question).
 */
final class OverlayView {
    private final FullLogView log;

    OverlayView(Supplier<ZoneId> zone) {
        this.log = new FullLogView(zone);
    }

    void render(WizardState s, TuiModel m, Canvas c) {
        switch (m.overlay) {
            case HELP -> box(c, "Help", help(s));
            case QUIT -> box(c, "Quit?", quit(s, m));
            case LOG -> log.render(s, m, c);
            case NONE -> {
            }
        }
    }

    private record Line(String text, Role role) {
    }

    private static List<Line> help(WizardState s) {
        return Texts.help(s).stream().map(t -> new Line(t, Role.NORMAL)).toList();
    }

    private static List<Line> quit(WizardState s, TuiModel m) {
        List<Line> out = new ArrayList<>();
        List<Effect> running = m.working();
        if (!running.isEmpty()) {
            out.add(new Line("Still working: " + Texts.activity(running.get(0), s), Role.NORMAL));
        }
        out.add(new Line("Nothing has been created in AWS; quitting loses only your answers.", Role.NORMAL));
        out.add(new Line("", Role.NORMAL));
        out.add(new Line((m.dialogChoice == 0 ? "[ Stay ]" : "  Stay  ") + "   "
                + (m.dialogChoice == 1 ? "[ Quit ]" : "  Quit  "), Role.ACCENT));
        return out;
    }

    /** A bordered box in the middle of the screen; long lines wrap inside it, extra lines are cut. */
    private static void box(Canvas c, String title, List<Line> lines) {
        int w = Math.min(c.width() - 4, 76);
        int inner = w - 4;
        List<Line> wrapped = new ArrayList<>();
        for (Line l : lines) {
            int indent = l.text().length() - l.text().stripLeading().length();
            List<String> parts = Canvas.wrap(l.text().strip(), inner - indent);
            for (String p : parts) {
                wrapped.add(new Line(" ".repeat(indent) + p, l.role()));
            }
        }
        int h = Math.min(c.height() - 2, wrapped.size() + 2);
        int left = (c.width() - w) / 2;
        int top = Math.max(1, (c.height() - h) / 2);
        BoxFrame.draw(c, left, top, w, h, title);
        for (int i = 1; i < h - 1; i++) {
            Line l = wrapped.get(i - 1);
            c.text(left + 2, top + i, Canvas.pad(l.text(), inner), l.role());
        }
    }
}
