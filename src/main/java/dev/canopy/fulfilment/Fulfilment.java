package dev.canopy.fulfilment;

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
import dev.canopy.platform.errors.Conflict;

/** The part of a paid order routed to one member: its lines, its parcel, its share of the money. */
@Entity
public class Fulfilment {

    public enum Status {
        pending,
        accepted,
        shipped,
        delivered
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID orderId;
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String carrier;
    public String trackingNumber;
    public String currency;
    public long itemsTotal;
    public long memberShare;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    void accept(Instant at) {
        require(Status.pending, "accepted");
        status = Status.accepted;
        updatedAt = at;
    }

    void ship(String carrier, String trackingNumber, Instant at) {
        if (status != Status.pending && status != Status.accepted) {
            throw new Conflict("This parcel is " + status + " and cannot be shipped again");
        }
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        status = Status.shipped;
        updatedAt = at;
    }

    void deliver(Instant at) {
        require(Status.shipped, "delivered");
        status = Status.delivered;
        updatedAt = at;
    }

    private void require(Status expected, String next) {
        if (status != expected) {
            throw new Conflict("This parcel is " + status + " and cannot be " + next);
        }
    }
}
