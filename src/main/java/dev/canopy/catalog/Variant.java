package dev.canopy.catalog;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.Money;
import dev.canopy.platform.TenantIdConverter;

/**
 * The sellable unit of a product: SKU, options, price in the base currency, stock. Its price is the
 * one shoppers pay; on a published product a member's new price waits as the proposed one until the
 * brand's review, and a variant added to it waits for that review before shoppers see it.
 */
@Entity
public class Variant {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID productId;
    public int position;
    public String sku;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> options;
    public long priceAmount;
    public String priceCurrency;
    public int stock;
    public Long proposedPriceAmount;
    public String proposedPriceCurrency;
    public boolean awaitingReview;

    /** The price shoppers pay now. */
    public Money livePrice() {
        return Money.of(priceAmount, priceCurrency);
    }

    /** The price the member asks: the one waiting for review, else the live one. */
    public Money askedPrice() {
        return proposedPriceAmount == null ? livePrice() : Money.of(proposedPriceAmount, proposedPriceCurrency);
    }

    /** Sets the price outright: nothing of it is public yet. */
    void price(Money price) {
        priceAmount = price.amount();
        priceCurrency = price.currency();
    }

    /**
     * Keeps {@code asked} as the proposed price, or forgets the proposal when it is the live price again;
     * answers whether the asked price changed, i.e. whether the brand has something new to review.
     */
    boolean propose(Money asked) {
        if (asked.equals(askedPrice())) {
            return false;
        }
        boolean live = asked.equals(livePrice());
        proposedPriceAmount = live ? null : asked.amount();
        proposedPriceCurrency = live ? null : asked.currency();
        return true;
    }

    /** The brand approved: the asked price becomes the live one and the variant goes on sale. */
    void approve() {
        price(askedPrice());
        dropProposal();
        awaitingReview = false;
    }

    void dropProposal() {
        proposedPriceAmount = null;
        proposedPriceCurrency = null;
    }
}
