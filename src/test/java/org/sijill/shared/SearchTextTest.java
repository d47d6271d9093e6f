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
}
