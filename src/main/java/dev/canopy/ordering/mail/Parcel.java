package dev.canopy.ordering.mail;

/** One workshop's parcel as its shopper hears of it; {@code trackingLink} is null for a carrier we do not know. */
public record Parcel(String workshop, String carrier, String trackingNumber, String trackingLink) {
}
