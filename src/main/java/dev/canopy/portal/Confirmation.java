package dev.canopy.portal;

import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The step before an action that cannot be taken back: its form posted without {@code confirmed=yes}
 * answers a page that says what will happen ({@code kind}: payment, cancel or suspend, about
 * {@code subject}) and posts the same form again (its {@code fields}), confirmed. Works without JavaScript.
 */
record Confirmation(String kind, String subject, String action, Map<String, String> fields, String back) {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance confirm(Confirmation ask);
    }

    static boolean given(String confirmed) {
        return "yes".equals(confirmed);
    }

    Response page(Locale locale) {
        return Response.ok(Templates.confirm(this).setLocale(locale).render(), MediaType.TEXT_HTML_TYPE).build();
    }
}
