package dev.canopy.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A person, known by verified e-mail, who manages one consortium. */
@Entity
@Table(name = "consortium_manager")
public class Manager {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String email;
    public Instant addedAt;
}
