package dev.canopy.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

    Optional<Category> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    boolean inUse(UUID categoryId) {
        return getEntityManager().createQuery("select count(p) from Product p where p.categoryId = ?1", Long.class)
                .setParameter(1, categoryId).getSingleResult() > 0;
    }

    List<Category> all() {
        return listAll(Sort.by("slug"));
    }
}
