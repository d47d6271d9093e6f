package org.sijill.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsHamzaAndAlefFormsTaMarbutaAlefMaqsuraDiacriticsAndTatweel() {
        assertThat(SearchText.normalize("قاعدة عين الأسد")).isEqualTo(SearchText.normalize("قاعده عين الاسد"));
        assertThat(SearchText.normalize("إبراهيم")).isEqualTo("ابراهيم");
        assertThat(SearchText.normalize("آية")).isEqualTo("ايه");
        assertThat(SearchText.normalize("مُصْطَفَى")).isEqualTo("مصطفي");
        assertThat(SearchText.normalize("مؤتمر")).isEqualTo("موتمر");
        assertThat(SearchText.normalize("الكاظـــمي")).isEqualTo("الكاظمي");
    }

    @Test
    void foldsLatinCaseAndAccentsAndSpaces() {
        assertThat(SearchText.normalize("  Ain   AL-Asad ")).isEqualTo("ain al-asad");
        assertThat(SearchText.normalize("Sánchez")).isEqualTo("sanchez");
        assertThat(SearchText.normalize(null)).isEmpty();
    }

    /** The first, regular-expression form, for text that the Arabic folding leaves unchanged. */
    private static String reference(String text) {
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").trim();
    }

    @Test
    void marksAndSpacesAreDroppedExactlyAsTheRegularExpressionsDid() {
        String pool = "ab Z\t\n\u000B\f\r\u00e9\u0301\u0627\u0644\u0639\u0020\u00a0\u2003\u20dd\u0903x";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String sample = text.toString();
            assertThat(SearchText.normalize(sample)).as("%s", sample.codePoints().boxed().toList())
                    .isEqualTo(reference(sample));
        }
    }
}
