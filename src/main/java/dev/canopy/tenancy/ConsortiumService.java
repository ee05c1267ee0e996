package dev.canopy.tenancy;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.identity.Caller;
import dev.canopy.identity.Memberships;
import dev.canopy.platform.Ids;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import io.micrometer.core.annotation.Counted;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating consortia (operator) and changing their settings (their managers). */
@ApplicationScoped
public class ConsortiumService {

    private static final String DEFAULT_COLOR = "#2f5d50";

    @Inject
    ConsortiumRepository consortia;
    @Inject
    ShopCache shopCache;
    @Inject
    ConsortiumDirectory directory;
    @Inject
    TenantContext tenant;
    @Inject
    Access access;
    @Inject
    Caller caller;
    @Inject
    Memberships memberships;
    @Inject
    Clock clock;

    public ConsortiumView create(NewConsortium request) {
        access.requireOperator();
        return register(request);
    }

    /** Creates the consortium and its first managers; callers check who may. */
    @Counted(value = "canopy.consortia.created", description = "Consortia created")
    ConsortiumView register(NewConsortium request) {
        Consortium consortium = QuarkusTransaction.requiringNew().call(() -> insert(request));
        directory.forget();
        // Managers are tenant rows: they are written inside the new consortium
        tenant.enter(new ConsortiumRef(consortium.id, consortium.slug));
        lowerCaseDistinct(request.managers()).forEach(email -> memberships.addManager(consortium.id, email));
        return ConsortiumView.of(consortium);
    }

    /** The operator sees every consortium; anyone else the ones they manage. */
    @Transactional
    public ListView<ConsortiumView> list(PageRequest page) {
        if (caller.isOperator()) {
            return new ListView<>(consortia.page(page.page, page.size), consortia.count()).map(ConsortiumView::of);
        }
        List<UUID> managed = memberships.managedByCaller();
        if (managed.isEmpty()) {
            return new ListView<>(List.of(), 0);
        }
        return new ListView<>(consortia.among(managed, page.page, page.size), managed.size()).map(ConsortiumView::of);
    }

    @Transactional
    public ConsortiumView current() {
        access.requireManager("consortium");
        return ConsortiumView.of(load());
    }

    @Transactional
    public ConsortiumView change(ConsortiumSettings settings) {
        access.requireManager("consortium");
        Consortium consortium = load();
        if (settings.domains() != null) {
            // checked before the change, or the query would flush the new domains first
            requireFreeDomains(lowerCaseDistinct(settings.domains()), consortium.id);
        }
        ConsortiumChanges.apply(settings, consortium);
        if (settings.domains() != null) {
            directory.forget();
        }
        return ConsortiumView.of(consortium);
    }

    /** Shows a picture of the media library at the top of the brand's home; answers the one it replaces. */
    @Transactional
    public Optional<UUID> showHero(Hero hero) {
        access.requireManager("consortium");
        Consortium consortium = load();
        Optional<UUID> replaced = Optional.ofNullable(consortium.hero).map(Hero::image);
        consortium.hero = hero;
        return replaced;
    }

    /** Takes the hero picture off the brand's home; answers the one it was. */
    @Transactional
    public Optional<UUID> dropHero() {
        return showHero(null);
    }

    /**
     * The current consortium's settings, for rules that depend on them (languages, currencies): read
     * once and kept in the shop cache with the storefront's facts, which every change of them drops.
     */
    @Transactional
    public ConsortiumView here() {
        return shopCache.get(tenant.require().id(), () -> ConsortiumView.of(load()), "facts");
    }

    /** Public facts of a consortium, for the storefront (kept in the shop cache). */
    public Optional<ConsortiumView> published(String slug) {
        return directory.bySlug(slug).map(ref -> shopCache.get(ref.id(),
                () -> ConsortiumView.of(consortia.findById(ref.id())), "facts"));
    }

    /** Every consortium, for jobs that visit each in turn. */
    @Transactional
    public List<ConsortiumRef> every() {
        return consortia.listAll().stream().map(c -> new ConsortiumRef(c.id, c.slug)).toList();
    }

    @Transactional
    public List<ConsortiumView> storefronts() {
        return consortia.page(0, 500).stream().map(ConsortiumView::of).toList();
    }

    private Consortium insert(NewConsortium request) {
        if (consortia.bySlug(request.slug()).isPresent()) {
            throw new Conflict("The slug " + request.slug() + " is taken");
        }
        Consortium consortium = new Consortium();
        consortium.id = Ids.next();
        consortium.slug = request.slug();
        consortium.name = request.name();
        consortium.logo = request.logo();
        consortium.primaryColor = Optional.ofNullable(request.primaryColor()).orElse(DEFAULT_COLOR);
        consortium.offer(request.baseCurrency(), Optional.ofNullable(request.currencies()).orElse(List.of()));
        consortium.languages = List.copyOf(new LinkedHashSet<>(request.languages()));
        consortium.story = request.story() == null ? null : Stories.merged(null, request.story(), consortium.languages);
        consortium.commissionRate = request.commissionRate();
        consortium.country = request.country();
        consortium.timeZone = "UTC";
        consortium.domains = lowerCaseDistinct(request.domains());
        consortium.createdAt = clock.instant();
        requireFreeDomains(consortium.domains, consortium.id);
        consortia.persist(consortium);
        return consortium;
    }

    private Consortium load() {
        return consortia.findByIdOptional(tenant.require().id())
                .orElseThrow(() -> new NotFound("No such consortium"));
    }

    private void requireFreeDomains(List<String> domains, UUID consortiumId) {
        domains.stream().filter(d -> consortia.domainTakenByAnother(d, consortiumId)).findFirst().ifPresent(d -> {
            throw new Conflict("The domain " + d + " is mapped to another consortium");
        });
    }

    /** Lower-cased, without duplicates, in the given order. */
    private static List<String> lowerCaseDistinct(List<String> values) {
        return values == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList()));
    }
}
