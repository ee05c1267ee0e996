package dev.canopy.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/**
 * An entry of the payout ledger: a member's frozen share of one paid order. Held until its parcel
 * ships, then due: paid by a Stripe transfer, or by the manager's bank payment with a reference.
 */
@Entity
public class Payout {

    public enum Rail {
        stripe,
        manual
    }

    public enum Status {
        held,
        due,
        paid,
        reversed,
        failed
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID fulfilmentId;
    public UUID orderId;
    public String orderNumber;
    public UUID memberId;
    /** What the member is owed now: the share, less what refunds took back before it was paid. */
    public long amount;
    /** What a transfer was asked for (once asked, every retry asks the same, so Stripe recognises it). */
    public long transferred;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Rail rail;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String externalId;
    public String reference;
    public String failure;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    /** Not yet sent to the member: a refund lowers the entry instead of reversing a transfer. */
    boolean unpaid() {
        return status == Status.held || status == Status.due || status == Status.failed;
    }
}
