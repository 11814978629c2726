package io.huike.workbench.layout;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages speak: Chinese by default, English on request. */
public enum Language {
    ZH("zh", "zh-CN", "中文"),
    EN("en", "en", "English");

    private final String code;
    private final String htmlLang;
    private final String ownName;

    Language(String code, String htmlLang, String ownName) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.ownName = ownName;
    }

    /** The short code used in the cookie, the switch link and the message files ({@code msg_en.properties}). */
    public String code() {
        return code;
    }

    /** The value of the page's {@code lang} attribute. */
    public String htmlLang() {
        return htmlLang;
    }

    /** The language's name in itself, as the switch link shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The messages in this language, for text made in Java (problem messages, navigation labels). */
    public Msg messages() {
        return messages(Msg.class);
    }

    /** A feature's message bundle in this language ({@code DeskMsg.class}, say). */
    public <T> T messages(Class<T> bundle) {
        return this == ZH ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(code));
    }

    /** The language a code names ({@code zh}, {@code en}, case-insensitive), if it is one of ours. */
    public static Optional<Language> ofCode(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(l -> l.code.equalsIgnoreCase(code.strip()))
                        .findFirst();
    }

    /** The first of the browser's preferred languages (best first) that we speak; Chinese when none is. */
    public static Language preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            Optional<Language> language = ofCode(locale.getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return ZH;
    }

    /** The language other than this one, which the switch link offers. */
    public Language other() {
        return this == ZH ? EN : ZH;
    }
}
