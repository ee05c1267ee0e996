package dev.canopy.tenancy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;

/** One of the brand's own pages: a title and a Markdown body per language. */
@Entity
public class ShopPage {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String slug;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> body;
    public Instant updatedAt;
}
