package dev.canopy.tenancy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.canopy.identity.Access;
import dev.canopy.platform.Ids;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;

/**
 * The brand's own pages, written by its managers per language (Markdown) and shown to shoppers in
 * their language, else the brand's first; the footer lists them, the usual ones first.
 */
@ApplicationScoped
@Named("shopPages")
public class ShopPages {

    /** The pages every shop is expected to have, in the footer's order; others follow by slug. */
    static final List<String> USUAL = List.of("legal", "returns", "shipping", "privacy", "contact");

    public record Written(@NotNull @Size(min = 1, max = 10) Map<@NotBlank String, @NotBlank @Size(max = 120) String> title,
            @NotNull @Size(min = 1, max = 10) Map<@NotBlank String, @NotNull @Size(max = 20000) String> body) {
    }

    public record View(String slug, Map<String, String> title, Map<String, String> body) {
        static View of(ShopPage p) {
            return new View(p.slug, p.title, p.body);
        }
    }

    /** A footer link: the page's address and its title in the shopper's language. */
    public record Link(String slug, String title) {
    }

    @Inject
    EntityManager em;
    @Inject
    Access access;
    @Inject
    ConsortiumService consortia;
    @Inject
    TenantContext tenant;
    @Inject
    ShopCache cache;
    @Inject
    Clock clock;

    @Transactional
    public View put(
            @NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", message = "must be lower-case letters, digits or inner hyphens") String slug,
            @Valid @NotNull Written page) {
        access.requireManager("consortium");
        ConsortiumView consortium = consortia.here();
        requireOffered("title", page.title(), consortium);
        requireOffered("body", page.body(), consortium);
        ShopPage stored = find(slug).orElseGet(() -> {
            ShopPage created = new ShopPage();
            created.id = Ids.next();
            created.slug = slug;
            return created;
        });
        stored.title = Map.copyOf(page.title());
        stored.body = Map.copyOf(page.body());
        stored.updatedAt = clock.instant();
        em.persist(stored);
        return View.of(stored);
    }

    @Transactional
    public void remove(String slug) {
        access.requireManager("consortium");
        em.remove(find(slug).orElseThrow(() -> new NotFound("No such page")));
    }

    /** A page as anyone may read it. */
    @Transactional
    public View get(String slug) {
        return find(slug).map(View::of).orElseThrow(() -> new NotFound("No such page"));
    }

    /** The footer's links in {@code language}, kept in the shop cache (every storefront page shows them). */
    @Transactional
    public List<Link> footer(String language) {
        return cache.get(tenant.require().id(), () -> links(language), ShopPages.class, language);
    }

    private List<Link> links(String language) {
        return em.createQuery("from ShopPage", ShopPage.class).getResultList().stream()
                .sorted(Comparator.comparingInt((ShopPage p) -> USUAL.contains(p.slug) ? USUAL.indexOf(p.slug)
                        : USUAL.size()).thenComparing(p -> p.slug))
                .map(p -> new Link(p.slug, p.title.getOrDefault(language, p.title.values().iterator().next()))).toList();
    }

    private Optional<ShopPage> find(String slug) {
        return em.createQuery("from ShopPage where slug = ?1", ShopPage.class).setParameter(1, slug)
                .getResultStream().findFirst();
    }

    private static void requireOffered(String field, Map<String, String> texts, ConsortiumView consortium) {
        texts.keySet().stream().filter(l -> !consortium.languages().contains(l)).findFirst().ifPresent(l -> {
            throw new InvalidInput(field, "is written in " + l + ", which the shop does not offer");
        });
    }
}
