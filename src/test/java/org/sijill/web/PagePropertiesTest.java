package org.sijill.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagePropertiesTest {

    @Test
    void aTileTemplateGivesItsOriginAndNoTileServerGivesNone() {
        assertThat(new PageProperties("https://tiles.example.org/{z}/{x}/{y}.png", "©").tileOrigin())
                .isEqualTo("https://tiles.example.org");
        assertThat(new PageProperties("http://{s}.tiles.example.org:8080/{z}/{x}/{y}.png", "").tileOrigin())
                .isEqualTo("http://0.tiles.example.org:8080");
        assertThat(new PageProperties("", "").tileOrigin()).isEmpty();
        assertThatThrownBy(() -> new PageProperties("javascript:alert(1)", "").tileOrigin())
                .isInstanceOf(IllegalStateException.class);
    }
}
