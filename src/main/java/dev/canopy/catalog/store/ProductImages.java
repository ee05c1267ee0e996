package dev.canopy.catalog.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.ProductImage;
import dev.canopy.catalog.store.PublicProduct.Image;
import dev.canopy.media.MediaLibrary;
import dev.canopy.tenancy.ConsortiumView;

/** Links to a product's images as the app serves them from object storage. */
@ApplicationScoped
class ProductImages {

    @Inject
    MediaLibrary media;

    List<Image> of(ConsortiumView consortium, List<ProductImage> images) {
        return images.stream().map(i -> new Image(media.url(i.id()), media.thumbnailUrl(i.id()), i.alt())).toList();
    }
}
