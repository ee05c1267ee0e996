package dev.canopy.ordering;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A transition of an order: from, to, when and by whom. */
@Entity
public class OrderEvent {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    public Order.Status fromStatus;
    @Enumerated(EnumType.STRING)
    public Order.Status toStatus;
    public String actor;
    public Instant at;
}
