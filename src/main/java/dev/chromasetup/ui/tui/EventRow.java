package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.rules.ResourceNames;
import dev.chromasetup.text.TextSanitizer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One stack event as the screens show it: local time, human resource name ("Stack" for the stack
 * itself), status and the sanitized reason. The deploy screen's log and the full log share it, so an
 * event reads the same in both.
 */
record EventRow(String time, String name, String status, String reason) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Columns of the name and the status; the time is always 8 ("HH:mm:ss" or "--:--:--"). */
    static final int NAME = 29;
    static final int STATUS = 22;

    static EventRow of(StackEvent e, ZoneId zone) {
        String name = e.isStackEvent() ? "Stack" : ResourceNames.human(e.logicalId(), e.resourceType());
        String when = e.timestamp() == null ? "--:--:--" : TIME.format(e.timestamp().atZone(zone));
        return new EventRow(when, name, e.status(), TextSanitizer.sanitize(e.reason()));
    }

    /** "12:00:09  Chroma server (EC2 instance)  CREATE_IN_PROGRESS": time, name and status in columns. */
    String head() {
        return time + "  " + Canvas.pad(name, NAME) + " " + status;
    }

    /** The head with the reason after the status column, on one line (the caller cuts it to the width). */
    String oneLine() {
        return reason.isEmpty() ? head() : time + "  " + Canvas.pad(name, NAME) + " " + Canvas.pad(status, STATUS)
                + " " + reason;
    }

    /** Failed statuses are drawn in the error role; the word FAILED says it without the colour. */
    boolean failed() {
        return status.endsWith("_FAILED");
    }
}
