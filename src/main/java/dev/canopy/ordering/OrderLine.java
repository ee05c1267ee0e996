package dev.canopy.ordering;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;

/** One variant of an order, as it was sold: texts, customs facts and price in the order's currency. */
@Entity
public class OrderLine {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID orderId;
    public int position;
    public UUID memberId;
    public UUID productId;
    public UUID variantId;
    public String sku;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> options;
    public int quantity;
    public long unitPrice;
    public long lineTotal;
    /** Units given back to the shopper by refunds. */
    public int refundedQuantity;
    public String hsCode;
    public String originCountry;
    public Integer weightGrams;
    /** Pieces taken from stock at checkout; null for orders placed before made to order (all were). */
    public Integer fromStock;
    /** Days the maker needs for the pieces made for this order; null when all came from stock. */
    public Integer madeInDays;

    /** The pieces that came from stock, which go back to it when the order is cancelled. */
    int stockPieces() {
        return fromStock == null ? quantity : fromStock;
    }

    /**
     * Of {@code refunding} more pieces (not yet sent), how many go back to stock: pieces still to be
     * made are taken back first, as nothing of them exists.
     */
    int backToStock(int refunding) {
        int made = quantity - stockPieces();
        return Math.max(0, refundedQuantity + refunding - made) - Math.max(0, refundedQuantity - made);
    }
}
