package dev.canopy.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A refunded member's share taken back from a payout already made. */
@Entity
public class PayoutReversal {

    public enum Status {
        pending,
        done,
        to_recover_by_hand
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID refundId;
    public UUID payoutId;
    public long amount;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String externalId;
    public String failure;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant createdAt;
}
