package io.huike.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theBrowsersFirstLanguageWeSpeakIsChosen() {
        assertThat(Language.preferred(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)))
                .isEqualTo(Language.EN);
        assertThat(Language.preferred(List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)))
                .isEqualTo(Language.ZH);
    }

    @Test
    void withoutALanguageWeSpeakThePagesAreChinese() {
        assertThat(Language.preferred(List.of(Locale.GERMAN))).isEqualTo(Language.ZH);
        assertThat(Language.preferred(List.of())).isEqualTo(Language.ZH);
    }

    @Test
    void onlyOurCodesAreLanguages() {
        assertThat(Language.ofCode("EN")).contains(Language.EN);
        assertThat(Language.ofCode("fr")).isEmpty();
        assertThat(Language.ofCode(null)).isEmpty();
    }
}
