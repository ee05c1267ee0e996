package dev.canopy.catalog;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.canopy.identity.Access;
import dev.canopy.platform.Ids;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.TenantContext;

/** The consortium's product taxonomy, kept by its managers. */
@ApplicationScoped
public class CategoryService {

    public record CategoryView(String slug, Map<String, String> name) {
        static CategoryView of(Category c) {
            return new CategoryView(c.slug, c.name);
        }
    }

    public record NewCategory(
            @NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?", message = "must be lower-case letters, digits or inner hyphens") String slug,
            @NotNull @Size(min = 1, max = 10) Map<@NotBlank String, @NotBlank @Size(max = 80) String> name) {
    }

    @Inject
    CategoryRepository categories;
    @Inject
    TenantContext tenant;
    @Inject
    ShopCache shopCache;
    @Inject
    Access access;

    /** The taxonomy for the portal: managers and the members' artisans. */
    @Transactional
    public List<CategoryView> forInsiders() {
        access.requireInsider("consortium");
        return all();
    }

    /** The taxonomy is public: the storefront filters by it (kept in the shop cache). */
    public List<CategoryView> all() {
        return shopCache.get(tenant.require().id(), () -> categories.all().stream().map(CategoryView::of).toList(),
                "categories");
    }

    @Transactional
    public CategoryView add(@Valid @NotNull NewCategory request) {
        access.requireManager("consortium");
        if (categories.bySlug(request.slug()).isPresent()) {
            throw new Conflict("The category " + request.slug() + " exists");
        }
        Category category = new Category();
        category.id = Ids.next();
        category.slug = request.slug();
        category.name = Map.copyOf(request.name());
        categories.persist(category);
        return CategoryView.of(category);
    }

    @Transactional
    public void remove(String slug) {
        access.requireManager("consortium");
        Category category = categories.bySlug(slug).orElseThrow(() -> new NotFound("No such category"));
        if (categories.inUse(category.id)) {
            throw new Conflict("Products are filed under " + slug + "; move them first");
        }
        categories.delete(category);
    }
}
