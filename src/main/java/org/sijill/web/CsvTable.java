package org.sijill.web;

import java.util.List;

/** An answer that has a table form for {@code Accept: text/csv}: one row per fact, subject or segment. */
public interface CsvTable {

    List<String> csvColumns();

    List<List<Object>> csvRows();
}
