package dev.canopy.payments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.payments.stripe.StripeMoney;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import dev.canopy.tenancy.StorefrontAddress;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Members' payout accounts at Stripe (Connect Express). A member opens one once and finishes
 * Stripe's onboarding; from then on its payouts go by transfer. Members Stripe cannot pay out to,
 * or who never onboard, stay on the manual rail: the manager pays them by bank.
 */
@ApplicationScoped
public class PayoutAccounts {

    public record State(Payout.Rail rail, String accountId, boolean payoutsEnabled) {
    }

    public record Onboarding(String onboardingUrl) {
    }

    @Inject
    EntityManager em;
    @Inject
    MemberService members;
    @Inject
    ConsortiumService consortia;
    @Inject
    StorefrontAddress addresses;
    @Inject
    StripeMoney stripe;
    @Inject
    Clock clock;

    /** The member's account, opened at Stripe the first time; answers where its onboarding continues. */
    public Onboarding open(String memberSlug) {
        MemberView member = members.get(memberSlug);
        if (!stripe.configured()) {
            throw new Conflict("This shop does not pay out through Stripe; its members are paid by bank transfer");
        }
        String shop = consortia.here().slug();
        String account = QuarkusTransaction.requiringNew().call(() -> find(member.id()))
                .map(a -> a.accountId)
                .orElseGet(() -> keep(member.id(), stripe.openAccount(new StripeMoney.NewAccount(
                        member.id().toString(), member.slug(), shop, member.country(), member.contactEmail()))));
        String portal = addresses.portal() + "consortia/" + shop + "/members/" + member.slug() + "/payouts";
        return new Onboarding(stripe.onboardingLink(account, portal, portal + "?onboarding=again",
                clock.instant().getEpochSecond() / 60));
    }

    @Transactional
    public State state(String memberSlug) {
        return state(members.get(memberSlug).id());
    }

    /** Stripe told us whether the account can receive payouts now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(String accountId, boolean payoutsEnabled) {
        em.createQuery("from PayoutAccount where accountId = ?1", PayoutAccount.class).setParameter(1, accountId)
                .getResultStream().findFirst().ifPresent(a -> {
                    a.payoutsEnabled = payoutsEnabled;
                    a.updatedAt = clock.instant();
                });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    State state(UUID memberId) {
        return find(memberId).map(a -> new State(a.payoutsEnabled ? Payout.Rail.stripe : Payout.Rail.manual,
                a.accountId, a.payoutsEnabled)).orElse(new State(Payout.Rail.manual, null, false));
    }

    private Optional<PayoutAccount> find(UUID memberId) {
        return Optional.ofNullable(em.find(PayoutAccount.class, memberId));
    }

    /** The account Stripe opened; a concurrent request that opened it first wins (same idempotency key). */
    private String keep(UUID memberId, String accountId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into payout_account (consortium_id, member_id, account_id, payouts_enabled, created_at, updated_at)
                values (current_consortium(), :member, :account, false, now(), now())
                on conflict do nothing""").setParameter("member", memberId).setParameter("account", accountId)
                .executeUpdate());
        return accountId;
    }
}
