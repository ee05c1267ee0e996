package dev.canopy.media;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.canopy.platform.TenantIdConverter;

/** A picture a member uploaded, stored as a display size and a thumbnail; width and height are the display's. */
@Entity
@Table(name = "media_image")
class Image {

    @TenantId
    @Convert(converter = TenantIdConverter.class)
    String consortiumId;
    @Id
    UUID id;
    UUID ownerMemberId;
    int width;
    int height;
    long displayBytes;
    long thumbnailBytes;
    String altText;
    Instant createdAt;
}
