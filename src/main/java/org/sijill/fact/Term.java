package org.sijill.fact;

/** One word of the vocabulary: its code as the API sends it, and its English and Arabic labels. */
public record Term(String code, String en, String ar) {
}
