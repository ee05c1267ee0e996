package dev.canopy.payments;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.canopy.fulfilment.ParcelRouted;
import dev.canopy.fulfilment.ParcelShipped;
import dev.canopy.identity.Access;
import dev.canopy.ordering.OrderPayments;
import dev.canopy.platform.Ids;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The payout ledger: each member's share of a paid order is held until its parcel ships, then due.
 * The rail is fixed when the entry is made: Stripe if the order was paid by card and the member's
 * account could receive payouts then, else manual.
 */
@ApplicationScoped
public class PayoutLedger {

    public record Payment(@NotBlank @Size(max = 140) String reference) {
    }

    @Inject
    EntityManager em;
    @Inject
    PayoutAccounts accounts;
    @Inject
    OrderPayments orders;
    @Inject
    MemberService members;
    @Inject
    Access access;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    void held(@Observes ParcelRouted parcel) {
        boolean stripe = orders.byId(parcel.orderId()).byCard() && accounts.state(parcel.memberId()).payoutsEnabled();
        Payout p = new Payout();
        p.id = Ids.next();
        p.fulfilmentId = parcel.fulfilmentId();
        p.orderId = parcel.orderId();
        p.orderNumber = parcel.orderNumber();
        p.memberId = parcel.memberId();
        p.amount = parcel.memberShare();
        p.currency = parcel.currency();
        p.rail = stripe ? Payout.Rail.stripe : Payout.Rail.manual;
        p.status = Payout.Status.held;
        p.createdAt = clock.instant();
        p.updatedAt = p.createdAt;
        em.persist(p);
    }

    void due(@Observes ParcelShipped parcel) {
        ofFulfilment(parcel.fulfilmentId()).filter(p -> p.status == Payout.Status.held).ifPresent(p -> {
            p.status = Payout.Status.due;
            p.nextAttemptAt = clock.instant();
            p.updatedAt = p.nextAttemptAt;
        });
    }

    /** The manager sees every member's entries; an artisan only its own member's, and must name it. */
    @Transactional
    public ListView<PayoutView> list(String memberSlug, Payout.Status status, PageRequest page) {
        MemberView member = memberSlug == null ? null : members.get(memberSlug);
        if (member == null && !access.managesHere()) {
            throw new InvalidInput("member", "is required: name your workshop");
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        if (member != null) {
            filters.put("memberId", member.id());
        }
        if (status != null) {
            filters.put("status", status);
        }
        String where = filters.isEmpty() ? ""
                : " where " + filters.keySet().stream().map(f -> f + " = :" + f)
                        .collect(Collectors.joining(" and "));
        TypedQuery<Payout> query = em.createQuery("from Payout" + where + " order by createdAt desc, id", Payout.class);
        TypedQuery<Long> count = em.createQuery("select count(*) from Payout" + where, Long.class);
        filters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Payout> items = query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        long total = count.getSingleResult();
        Map<UUID, String> slugs = members.withIds(items.stream().map(p -> p.memberId).distinct().toList()).stream()
                .collect(Collectors.toMap(MemberView::id, MemberView::slug, (a, b) -> a));
        return new ListView<>(items, total).map(p -> PayoutView.of(p, slugs.get(p.memberId)));
    }

    /** The manager paid a due manual entry by bank, with the bank's reference. */
    @Transactional
    public PayoutView markPaid(UUID id, Payment payment) {
        access.requireManager("payout");
        Payout p = find(id);
        if (p.rail != Payout.Rail.manual || p.status != Payout.Status.due) {
            throw new Conflict("This payout is " + p.status + " on the " + p.rail + " rail; only a due manual payout "
                    + "can be marked paid");
        }
        p.status = Payout.Status.paid;
        p.reference = payment.reference().trim();
        p.updatedAt = clock.instant();
        registry.counter("canopy.payouts", "rail", "manual").increment();
        return PayoutView.of(p, slugOf(p.memberId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Payout find(UUID id) {
        return Optional.ofNullable(em.find(Payout.class, id))
                .orElseThrow(() -> new NotFound("No such payout"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Payout> ofFulfilment(UUID fulfilmentId) {
        return em.createQuery("from Payout where fulfilmentId = ?1", Payout.class).setParameter(1, fulfilmentId)
                .getResultStream().findFirst();
    }

    private String slugOf(UUID memberId) {
        return members.withIds(List.of(memberId)).stream().map(MemberView::slug).findFirst().orElse(null);
    }
}
