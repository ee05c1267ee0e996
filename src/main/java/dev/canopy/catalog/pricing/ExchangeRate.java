package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/**
 * Units of {@code currency} per one unit of the consortium's base currency, as of a date: the
 * reference feed's (with the consortium's markup) or the manager's own.
 */
@Entity
public class ExchangeRate {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public String currency;
    public BigDecimal rate;
    public LocalDate ratedOn;
    @Enumerated(EnumType.STRING)
    public Source source = Source.manual;
    /** The feed's last rate before the markup; null while the feed has given none. */
    public BigDecimal feedRate;

    public enum Source {
        feed,
        manual
    }
}
