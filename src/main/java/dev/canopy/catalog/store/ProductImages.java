package dev.canopy.catalog.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.canopy.catalog.ProductImage;
import dev.canopy.catalog.store.PublicProduct.Image;
import dev.canopy.tenancy.ConsortiumView;

/** Links to a product's images as the app serves them from object storage. */
@ApplicationScoped
class ProductImages {

    List<Image> of(ConsortiumView consortium, List<ProductImage> images) {
        String base = "/media/" + consortium.slug() + "/";
        return images.stream()
                .map(i -> new Image(base + i.id() + "/display.jpg", base + i.id() + "/thumb.jpg", i.alt()))
                .toList();
    }
}
