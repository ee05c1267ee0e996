package dev.canopy.platform.web;

import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** Values every page template may use: the UI language, the offered languages, the form token. */
@TemplateGlobal
public class PageGlobals {

    static String lang() {
        return Arc.container().instance(UiLanguage.class).get().tag();
    }

    static List<String> languages() {
        return UiLanguage.OFFERED;
    }

    static String csrfToken() {
        return Arc.container().instance(Csrf.class).get().token();
    }
}
