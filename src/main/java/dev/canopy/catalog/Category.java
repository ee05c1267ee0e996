package dev.canopy.catalog;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;

/** A node of the consortium's product taxonomy, named in each of its languages. */
@Entity
public class Category {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String slug;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> name;
}
