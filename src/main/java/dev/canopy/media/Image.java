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

    static Image of(UUID id, UUID consortiumId, UUID ownerMemberId, Renditions renditions, String altText,
            Instant createdAt) {
        Image image = new Image();
        image.id = id;
        image.consortiumId = consortiumId.toString();
        image.ownerMemberId = ownerMemberId;
        image.width = renditions.width();
        image.height = renditions.height();
        image.displayBytes = renditions.display().length;
        image.thumbnailBytes = renditions.thumbnail().length;
        image.altText = altText;
        image.createdAt = createdAt;
        return image;
    }
}
