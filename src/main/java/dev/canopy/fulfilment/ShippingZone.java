package dev.canopy.fulfilment;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;

/** Destination countries priced alike; {@code *} is the whole world. */
@Entity
public class ShippingZone {

    static final String WORLD = "*";

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public int position;
    public String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries;
    /** Days a parcel takes to arrive, as promised to shoppers; null when not promised. */
    public Integer minDays;
    public Integer maxDays;
}
