package dev.canopy.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A member's connected account at Stripe (Express); payouts go there once Stripe enables them. */
@Entity
public class PayoutAccount {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID memberId;
    public String accountId;
    public boolean payoutsEnabled;
    public Instant createdAt;
    public Instant updatedAt;
}
