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

/** The sellable unit of a product: SKU, options, price in the base currency, stock. */
@Entity
public class Variant {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID productId;
    public int position;
    public String sku;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> options;
    public long priceAmount;
    public String priceCurrency;
    public int stock;
}
