package dev.canopy.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.ordering.TakeBack;
import dev.canopy.platform.TenantIdConverter;

/** Money given back to a shopper: sent through Stripe for a card order, paid back by hand otherwise. */
@Entity
public class Refund {

    public enum Status {
        pending,
        succeeded,
        to_pay_by_hand
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID orderId;
    public long amount;
    public long shippingAmount;
    public String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TakeBack.Returned> lines;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Payout.Rail rail;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String externalId;
    public String failure;
    public int attempts;
    public Instant nextAttemptAt;
    public String actor;
    public Instant createdAt;
    public Instant updatedAt;
}
