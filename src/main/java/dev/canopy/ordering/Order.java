package dev.canopy.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;
import dev.canopy.platform.errors.Conflict;

/** What a shopper bought in one checkout, with prices, rate, commission and shipping frozen. */
@Entity
@Table(name = "orders")
public class Order {

    public enum Status {
        awaiting_payment,
        paid,
        partially_shipped,
        shipped,
        delivered,
        cancelled,
        partially_refunded,
        refunded;

        /** The explicit state machine: from each status, the statuses it may move to. */
        Set<Status> next() {
            return switch (this) {
                case awaiting_payment -> Set.of(paid, cancelled);
                case paid -> Set.of(partially_shipped, shipped, partially_refunded, refunded);
                case partially_shipped -> Set.of(shipped, partially_refunded, refunded);
                case shipped -> Set.of(delivered, partially_refunded, refunded);
                case delivered -> Set.of(partially_refunded, refunded);
                case partially_refunded -> Set.of(refunded);
                case cancelled, refunded -> Set.of();
            };
        }

        /** Money came in and has not all gone back: the order can be refunded. */
        boolean refundable() {
            return next().contains(refunded);
        }

        /** Once money went back, the order's status tells that; its parcels keep telling theirs. */
        boolean refundedSome() {
            return this == partially_refunded || this == refunded;
        }
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String number;
    public String token;
    public String idempotencyKey;
    /** Digest of the cart and body the key was first sent with (null on orders placed before it was kept). */
    public String requestFingerprint;
    public UUID cartId;
    /** Where the checkout came from, for the unpaid-orders limit (null on orders placed before it was kept). */
    public String clientAddress;
    public String email;
    @JdbcTypeCode(SqlTypes.JSON)
    public ShippingAddress shippingAddress;
    public String currency;
    public BigDecimal exchangeRate;
    public BigDecimal commissionRate;
    @Enumerated(EnumType.STRING)
    public Status status;
    public long itemsTotal;
    public long shippingTotal;
    public long total;
    public String paymentMethod;
    /** The storefront language of the checkout, which the shopper's mails speak. */
    public String language;
    /** The card payment page (a Stripe Checkout Session) and, once paid, the payment and charge at Stripe. */
    public String checkoutSession;
    public String paymentUrl;
    public String paymentIntent;
    public String charge;
    public boolean shippingRefunded;
    public Instant reservedUntil;
    public Instant createdAt;
    @Version
    public int version;

    /** Moves to {@code to} if the state machine allows it; answers the status it left. */
    Status moveTo(Status to) {
        if (!status.next().contains(to)) {
            throw new Conflict("Order " + number + " is " + status + " and cannot become " + to);
        }
        Status from = status;
        status = to;
        if (to != Status.awaiting_payment) {
            reservedUntil = null;
        }
        return from;
    }
}
