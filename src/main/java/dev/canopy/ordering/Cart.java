package dev.canopy.ordering;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A shopper's cart in one consortium; its id is the shopper's capability to use it. */
@Entity
public class Cart {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String currency;
    /** Set once the cart became an order; it is then closed. */
    public UUID orderId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
}
