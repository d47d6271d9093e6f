package org.sijill.shared;

import java.time.Instant;
import java.util.List;

/** Who made an edit and when it was recorded: carried by every command and stored in every event. */
public final class Editor {

    private Editor() {
    }

    public static void check(List<Violation> out, String recordedBy, Instant recordedAt) {
        Checks.text(out, "recordedBy", recordedBy, 100, true);
        if (recordedAt == null) {
            out.add(new Violation("recordedAt", "is required"));
        }
    }
}
