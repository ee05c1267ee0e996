package dev.canopy.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** Something that happened to an order's money, for the manager: paid, refused, refunded, disputed. */
@Entity
public class PaymentRecord {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID orderId;
    public String kind;
    public Long amount;
    public String currency;
    public String externalId;
    public String note;
    public Instant at;
}
