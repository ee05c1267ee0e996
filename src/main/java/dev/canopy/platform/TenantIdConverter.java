package dev.canopy.platform;

import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Quarkus hands Hibernate the tenant as a string while the column is a PostgreSQL uuid: the
 * {@code @TenantId} attribute is a string converted to a uuid on its way to the database.
 */
@Converter
public class TenantIdConverter implements AttributeConverter<String, UUID> {

    @Override
    public UUID convertToDatabaseColumn(String tenantId) {
        return tenantId == null ? null : UUID.fromString(tenantId);
    }

    @Override
    public String convertToEntityAttribute(UUID column) {
        return column == null ? null : column.toString();
    }
}
