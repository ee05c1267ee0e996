package dev.canopy.tenancy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;

/** A producer inside a consortium: a weaving, embroidery, leather or fashion workshop. */
@Entity
public class Member {

    public enum Status {
        invited,
        active,
        suspended
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String slug;
    public String name;
    public String region;
    public String craft;
    public String country;
    public String contactEmail;
    /** The workshop's story per language; null until written. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> story;
    /** None until the workshop gives it; the customs papers then say it is missing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PostalAddress address;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant createdAt;
    @Version
    public int version;
}
