package dev.canopy.media;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ImageRepository implements PanacheRepositoryBase<Image, UUID> {

    /** Those of the ids the current consortium has a row for. */
    List<UUID> recorded(List<UUID> ids) {
        return getEntityManager().createQuery("select i.id from Image i where i.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList();
    }
}
