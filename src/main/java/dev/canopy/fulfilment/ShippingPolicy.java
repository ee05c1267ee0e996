package dev.canopy.fulfilment;

import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** Whether members ship abroad themselves or the consortium ships one parcel from its hub. */
@Entity
public class ShippingPolicy {

    public enum Model {
        per_member,
        hub
    }

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Model model;
}
