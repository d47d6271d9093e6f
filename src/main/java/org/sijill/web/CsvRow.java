package org.sijill.web;

import java.util.List;

/** An element of a list answer that can be one CSV row (CONTRACT.md "Formats"). */
public interface CsvRow {

    /** Column names, the same for every element of the type. */
    List<String> csvColumns();

    /** Values in column order: text, numbers, booleans or null. */
    List<Object> csvValues();
}
