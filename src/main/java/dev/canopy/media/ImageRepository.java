package dev.canopy.media;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ImageRepository implements PanacheRepositoryBase<Image, UUID> {
}
