package dev.canopy.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.catalog.CategoryService.NewCategory;
import dev.canopy.catalog.FeaturedProducts.Picks;
import dev.canopy.catalog.pricing.ExchangeRates;
import dev.canopy.catalog.pricing.ExchangeRates.NewRates;
import dev.canopy.media.HeroPictures;
import dev.canopy.tenancy.ConsortiumDirectory;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The demo brands' catalogs, published through the same services people use, acting as the
 * operator. Runs after the demo consortia exist and only once per consortium.
 */
@ApplicationScoped
class DemoProducts {

    private static final int AFTER_DEMO_CONSORTIA = 3000;
    private static final int DEMO_PICKS = 4;

    @ConfigProperty(name = "canopy.demo-data")
    boolean enabled;
    @Inject
    ConsortiumDirectory directory;
    @Inject
    TenantContext tenant;
    @Inject
    CategoryService categories;
    @Inject
    ExchangeRates rates;
    @Inject
    ProductService products;
    @Inject
    ReviewService reviews;
    @Inject
    ProductImageService images;
    @Inject
    CurrentIdentityAssociation identity;
    @Inject
    FeaturedProducts featured;
    @Inject
    HeroPictures heroes;

    void onStart(@Observes @Priority(AFTER_DEMO_CONSORTIA) StartupEvent event) {
        if (!enabled) {
            return;
        }
        DemoCatalogs.all().forEach(this::loadInItsOwnRequest);
    }

    /**
     * One request per consortium, as a real one would be: a session (and its connection, which carries
     * the tenant for row-level security) never serves two consortia.
     */
    private void loadInItsOwnRequest(DemoCatalogs.Catalog catalog) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("demo-data"))
                    .addRole("platform-admin").build());
            loadIfEmpty(catalog);
        } finally {
            request.terminate();
        }
    }

    private void loadIfEmpty(DemoCatalogs.Catalog catalog) {
        directory.bySlug(catalog.consortium()).ifPresent(tenant::enter);
        if (tenant.current().isEmpty() || !categories.all().isEmpty()) {
            return;
        }
        catalog.categories().forEach((slug, name) -> categories.add(new NewCategory(slug, name)));
        rates.replace(new NewRates(catalog.rates()));
        List<UUID> published = catalog.products().stream().map(p -> publish(p.member(), p.draft())).toList();
        showcase(catalog.consortium(), published);
        Log.infof("Loaded the demo catalog of %s: %d products", catalog.consortium(), catalog.products().size());
    }

    private UUID publish(String member, ProductDraft draft) {
        ProductView created = products.create(member, draft);
        photograph(member, created);
        products.submit(member, created.id());
        reviews.approve(created.id());
        return created.id();
    }

    /** The home as a manager would set it up: a banner on top, and a few pieces picked from the last. */
    private void showcase(String consortium, List<UUID> published) {
        List<UUID> newestFirst = new ArrayList<>(published);
        Collections.reverse(newestFirst);
        featured.choose(new Picks(newestFirst.subList(0, Math.min(DEMO_PICKS, newestFirst.size()))));
        try {
            heroes.upload(DemoPictures.banner(consortium), "A woven pattern in the brand's colours");
        } catch (RuntimeException e) {
            Log.warnf("Demo brand %s has no hero picture: %s", consortium, e.getClass().getSimpleName());
        }
    }

    /** A drawn photo; without storage the demo goes on without pictures. */
    private void photograph(String member, ProductView product) {
        try {
            images.add(member, product.id(), DemoPictures.woven(product.title().get("en")), product.title().get("en"));
        } catch (RuntimeException e) {
            Log.warnf("Demo product %s has no picture: %s", product.id(), e.getClass().getSimpleName());
        }
    }

    record DemoProduct(String member, ProductDraft draft) {
    }

    static ProductDraft draft(Map<String, String> title, Map<String, String> description, String category,
            List<String> materials, String technique, String hsCode, String origin, int grams,
            List<ProductDraft.VariantDraft> variants) {
        return new ProductDraft(title, description, category, materials, technique, hsCode, origin, grams, 14, false,
                null, variants, care(materials.get(0)));
    }

    /** How to keep a demo piece, by its main material. */
    private static Map<String, String> care(String material) {
        return switch (material) {
            case "wool" -> Map.of("en", "Shake out and air in the shade; dry clean only.",
                    "ru", "Вытряхивайте и проветривайте в тени; только сухая чистка.");
            case "leather" -> Map.of("en", "Wipe with a dry cloth; feed with leather balm twice a year.",
                    "ru", "Протирайте сухой тканью; дважды в год обрабатывайте бальзамом для кожи.");
            case "silk" -> Map.of("en", "Hand wash cold with a mild soap; dry flat away from the sun.",
                    "ru", "Ручная стирка в холодной воде с мягким мылом; сушите горизонтально вдали от солнца.");
            default -> Map.of("en", "Machine wash at 30 °C on a gentle cycle; iron on the reverse.",
                    "ru", "Машинная стирка при 30 °C в деликатном режиме; гладьте с изнанки.");
        };
    }
}
