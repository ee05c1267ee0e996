package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The storefront's words added for what a page audit finds (photos opened large, language alternates), as
 * {@code audit:…} in templates; Russian in {@code messages/audit_ru.properties}. A bundle of their own: the
 * main one is full (Quarkus fails above 300 messages in one bundle).
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message("opens the photo large")
    String open_large();
}
