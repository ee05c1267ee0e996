package dev.canopy.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** An e-mail waiting to be sent, written with the change it announces. */
@Entity
public class OutboxMessage {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String recipient;
    public String subject;
    public String body;
    /** The same message as HTML, sent beside the plain text; null for text-only messages. */
    public String html;
    public Instant createdAt;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant sentAt;
    public String lastError;
}
