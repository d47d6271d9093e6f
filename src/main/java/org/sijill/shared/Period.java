package org.sijill.shared;

import java.time.LocalDate;

/**
 * The span of valid time the record accepts: the coalition's presence and its background, with room
 * on either side, and no further. A date outside is a typing error (0000-01-01, 9999-12-31) and is
 * refused with a 400, in bodies and in query strings alike.
 */
public final class Period {

    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private Period() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    public static String describe() {
        return "must lie between " + FIRST + " and " + LAST;
    }
}
