package org.sijill.record;

import java.util.List;

/** A page of a list: zero-based page number, page size, and the total across all pages. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
