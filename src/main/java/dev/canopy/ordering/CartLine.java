package dev.canopy.ordering;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A variant and how many of it; its price is read afresh whenever the cart is shown. */
@Entity
public class CartLine {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID cartId;
    public UUID variantId;
    public int quantity;
    public Instant addedAt;
}
