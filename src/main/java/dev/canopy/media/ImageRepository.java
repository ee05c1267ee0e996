package dev.canopy.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ImageRepository implements PanacheRepositoryBase<Image, UUID> {

    /** Those of the ids the current consortium has a row for. */
    List<UUID> recorded(List<UUID> ids) {
        return getEntityManager().createQuery("select i.id from Image i where i.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The display sizes of those of the ids the current consortium has a row for. */
    Map<UUID, ImageSize> sizes(Collection<UUID> ids) {
        return getEntityManager().createQuery("select i from Image i where i.id in :ids", Image.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(i -> i.id, i -> new ImageSize(i.width, i.height)));
    }
}
