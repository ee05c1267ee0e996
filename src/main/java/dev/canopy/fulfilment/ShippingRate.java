package dev.canopy.fulfilment;

import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A parcel's price to a zone: per parcel plus per started kilogram, in base minor units. */
@Entity
public class ShippingRate {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    public String consortiumId;
    @Id
    public UUID id;
    public UUID zoneId;
    /** The member this rate is for; none means the consortium's default (and the hub's). */
    public UUID memberId;
    public long perParcel;
    public long perKg;
}
