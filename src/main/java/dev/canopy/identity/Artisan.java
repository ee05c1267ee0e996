package dev.canopy.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A person, known by verified e-mail, who works for one member workshop. */
@Entity
@Table(name = "member_artisan")
public class Artisan {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID memberId;
    public String email;
    public Instant addedAt;
}
