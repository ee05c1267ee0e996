package dev.canopy.fulfilment.papers;

import java.time.Instant;
import java.util.UUID;

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

/** What a consortium prints on its parcels' customs papers: terms of delivery, IOSS number, sender. */
@Entity
public class CustomsProfile {

    /** Who pays the import duties and taxes: the shopper on delivery (DAP) or the consortium (DDP). */
    public enum Incoterm {
        DAP,
        DDP
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Incoterm incoterm;
    public String iossNumber;
    /** None means the consortium's name and home country. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Sender sender;
    public Instant updatedAt;
    @Version
    public int version;
}
