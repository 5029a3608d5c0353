package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.ui.tui.TuiModel.Overlay;
import dev.chromasetup.wizard.WizardState;

/**
 * The keys of the full log while it is open: ↑↓ a line, PgUp PgDn a page, Home End the oldest and the
 * newest events; Esc, {@code l} or {@code q} close it. Nothing reaches the screen below: {@code q}
 * closes the log and never quits, Enter never answers the question behind it.
 */
final class FullLogKeys {
    private FullLogKeys() {
    }

    static boolean opens(KeyStroke k) {
        return TuiKeys.isChar(k, 'l') || TuiKeys.isChar(k, 'L');
    }

    /** Opens the log at its end, following new events. */
    static void open(TuiModel m) {
        m.overlay = Overlay.LOG;
        m.log.toEnd();
    }

    static void handle(WizardState s, TuiModel m, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Escape || opens(k) || TuiKeys.isChar(k, 'q')) {
            m.overlay = Overlay.NONE;
            return;
        }
        int total = FullLogLines.count(s.events(), FullLogView.textWidth(m.columns));
        int page = FullLogView.page(m.rows);
        switch (t) {
            case ArrowUp -> m.log.by(-1, total, page);
            case ArrowDown -> m.log.by(1, total, page);
            case PageUp -> m.log.by(-page, total, page);
            case PageDown -> m.log.by(page, total, page);
            case Home -> m.log.by(-total, total, page);
            case End -> m.log.toEnd();
            default -> {
            }
        }
    }
}
