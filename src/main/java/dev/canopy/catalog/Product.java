package dev.canopy.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.canopy.platform.TenantIdConverter;
import dev.canopy.platform.errors.Conflict;

/**
 * A member's product. Shoppers see its {@link LiveVersion}, the version a manager approved; the
 * fields beside it are the member's working copy, which goes back to review when its texts change (or
 * its variants' prices: see {@link Variant}).
 */
@Entity
public class Product {

    public enum Status {
        draft,
        pending_review,
        published,
        rejected,
        archived
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID memberId;
    public UUID categoryId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;
    /** How to wash, clean or keep it, per language; reviewed like the other texts. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> care;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> materials = new ArrayList<>();
    public String technique;
    public String hsCode;
    public String originCountry;
    public Integer weightGrams;
    public Integer leadTimeDays;
    /** Pieces the maker can make in a week; null: no limit. */
    public Integer weeklyCapacity;
    @Column(name = "one_of_a_kind")
    public boolean oneOfAKind;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProductImage> images = new ArrayList<>();
    public String rejectionReason;
    @JdbcTypeCode(SqlTypes.JSON)
    public LiveVersion live;
    public Instant publishedAt;
    public long minPrice;
    public boolean inStock;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    public void submit(Instant at) {
        if (status != Status.draft && status != Status.rejected) {
            throw new Conflict("Only a draft or rejected product can be submitted; this one is " + status);
        }
        status = Status.pending_review;
        updatedAt = at;
    }

    public void approve(Instant at) {
        requirePending();
        live = LiveVersion.of(this);
        status = Status.published;
        rejectionReason = null;
        publishedAt = publishedAt == null ? at : publishedAt;
        updatedAt = at;
    }

    /** The approved version, if any, stays public: only the edit is turned down. */
    public void reject(String reason, Instant at) {
        requirePending();
        status = Status.rejected;
        rejectionReason = reason;
        updatedAt = at;
    }

    public void archive(Instant at) {
        status = Status.archived;
        live = null;
        updatedAt = at;
    }

    /** An edit of what the brand reviews: a published product goes back to review, still public. */
    public void edited(Instant at) {
        if (status == Status.archived) {
            throw new Conflict("An archived product cannot be changed");
        }
        if (status == Status.published) {
            status = Status.pending_review;
        }
        updatedAt = at;
    }

    /** Keeps the lowest price shoppers pay, and whether any is in stock, true to the variants on sale. */
    void offers(List<Variant> variants) {
        List<Variant> onSale = variants.stream().filter(v -> !v.awaitingReview).toList();
        minPrice = onSale.stream().mapToLong(v -> v.priceAmount).min().orElse(0);
        inStock = onSale.stream().anyMatch(v -> v.stock > 0);
    }

    private void requirePending() {
        if (status != Status.pending_review) {
            throw new Conflict("Only a product pending review can be reviewed; this one is " + status);
        }
    }
}
