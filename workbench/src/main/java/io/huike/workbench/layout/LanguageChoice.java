package io.huike.workbench.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of this request: the one the user chose with the switch link (a cookie), else the first of the
 * browser's Accept-Language we speak, else Chinese.
 */
@RequestScoped
public class LanguageChoice {

    /** The cookie the switch link sets. */
    public static final String COOKIE = "huike-lang";

    private final HttpHeaders headers;
    private Language language;

    LanguageChoice(HttpHeaders headers) {
        this.headers = headers;
    }

    public Language language() {
        if (language == null) {
            Cookie chosen = headers.getCookies().get(COOKIE);
            language = Language.ofCode(chosen == null ? null : chosen.getValue())
                    .orElseGet(() -> Language.preferred(headers.getAcceptableLanguages()));
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    public Msg messages() {
        return language().messages();
    }
}
