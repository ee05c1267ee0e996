package dev.canopy.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.identity.Access;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.TenantContext;

/**
 * The manager's picks for the brand's home: up to {@link #MOST} sellable products, in the order
 * shown. The home reads them through the shoppers' read model, so a pick that stops being sellable
 * drops out at once; the list here keeps it until the manager chooses again.
 */
@ApplicationScoped
public class FeaturedProducts {

    /** One row on a laptop, two on a phone: as many as the home's newest pieces. */
    public static final int MOST = 8;

    public record Picks(@NotNull @Size(max = MOST) List<@NotNull UUID> products) {
    }

    @Inject
    EntityManager em;
    @Inject
    Access access;
    @Inject
    TenantContext tenant;

    @Transactional
    public Picks picks() {
        access.requireManager("consortium");
        return new Picks(stored());
    }

    /** Replaces the picks; each must be a product shoppers can buy now. */
    @Transactional
    public Picks choose(@Valid @NotNull Picks picks) {
        access.requireManager("consortium");
        requireSellable(picks.products());
        UUID consortium = tenant.require().id();
        em.createNativeQuery("delete from featured_product where consortium_id = :c").setParameter("c", consortium)
                .executeUpdate();
        for (int i = 0; i < picks.products().size(); i++) {
            em.createNativeQuery("insert into featured_product (consortium_id, product_id, position) "
                    + "values (:c, :p, :i)").setParameter("c", consortium).setParameter("p", picks.products().get(i))
                    .setParameter("i", i).executeUpdate();
        }
        return new Picks(stored());
    }

    /** Adds a product after the picks, or takes it out of them: the portal's toggle. */
    @Transactional
    public Picks feature(UUID productId, boolean featured) {
        access.requireManager("consortium");
        List<UUID> picks = new ArrayList<>(stored());
        picks.remove(productId);
        if (featured) {
            if (picks.size() >= MOST) {
                throw new Conflict("The home shows at most " + MOST + " picks; take one out first");
            }
            picks.add(productId);
        }
        return choose(new Picks(picks));
    }

    /** The picked product ids in order, for a manager's pages. */
    @Transactional
    public Set<UUID> featuredIds() {
        return new HashSet<>(stored());
    }

    private List<UUID> stored() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select product_id from featured_product where consortium_id = :c "
                + "order by position").setParameter("c", tenant.require().id()).getResultList();
        return ids;
    }

    /** Sellable: in the shoppers' read model (published, of an active workshop, of this consortium). */
    private void requireSellable(List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<UUID> sellable = ids.isEmpty() ? List.of()
                : em.createNativeQuery("select distinct product_id from shop_product where consortium_id = :c "
                        + "and product_id in (:ids)").setParameter("c", tenant.require().id())
                        .setParameter("ids", ids).getResultList();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidInput("products[" + i + "]", "is picked twice");
            }
            if (!sellable.contains(ids.get(i))) {
                throw new InvalidInput("products[" + i + "]", "is not a published product of this brand");
            }
        }
    }
}
