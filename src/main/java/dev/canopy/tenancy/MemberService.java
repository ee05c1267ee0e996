package dev.canopy.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.canopy.identity.Access;
import dev.canopy.identity.Memberships;
import dev.canopy.platform.Ids;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.Forbidden;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import io.micrometer.core.annotation.Counted;

/** Admitting member workshops and keeping their profiles, within the current consortium. */
@ApplicationScoped
public class MemberService {

    @Inject
    MemberRepository members;
    @Inject
    ConsortiumService consortia;
    @Inject
    ShopCache shopCache;
    @Inject
    TenantContext tenant;
    @Inject
    Access access;
    @Inject
    Memberships memberships;
    @Inject
    Clock clock;

    @Transactional
    public MemberView admit(@Valid @NotNull NewMember request) {
        access.requireManager("consortium");
        return insert(request);
    }

    /** Admits a member into the current consortium; callers check who may. */
    @Transactional
    @Counted(value = "canopy.members.admitted", description = "Member workshops admitted")
    MemberView insert(NewMember request) {
        if (members.bySlug(request.slug()).isPresent()) {
            throw new Conflict("The member slug " + request.slug() + " is taken in this consortium");
        }
        Member member = new Member();
        member.id = Ids.next();
        member.consortiumId = tenant.require().id().toString();
        member.slug = request.slug();
        member.name = request.name();
        member.region = request.region();
        member.craft = request.craft();
        member.country = request.country();
        member.contactEmail = request.contactEmail();
        member.story = request.story() == null ? null
                : Stories.merged(null, request.story(), consortia.here().languages());
        member.status = Optional.ofNullable(request.status()).orElse(Member.Status.active);
        requirePostable(request.address());
        member.address = request.address() == null ? null : request.address().normal();
        member.createdAt = clock.instant();
        members.persist(member);
        return MemberView.of(member);
    }

    @Transactional
    public ListView<MemberView> list(PageRequest page) {
        access.requireManager("consortium");
        return new ListView<>(members.page(page.page, page.size), members.count()).map(MemberView::of);
    }

    @Transactional
    public MemberView get(String slug) {
        return MemberView.of(accessible(slug));
    }

    /** Artisans edit their own workshop's profile; only managers may change its status. */
    @Transactional
    public MemberView change(String slug, @Valid MemberProfile profile) {
        Member member = accessible(slug);
        if (profile.status() != null && !access.managesHere()) {
            throw new Forbidden("Only the consortium's managers may change a member's status");
        }
        requirePostable(profile.address());
        profile.applyTo(member, consortia.here().languages());
        return MemberView.of(member);
    }

    @Transactional
    public Memberships.ArtisanView addArtisan(String slug, @NotBlank @Email String email) {
        Member member = accessible(slug);
        return memberships.addArtisan(tenant.require().id(), member.id, email);
    }

    @Transactional
    public ListView<Memberships.ArtisanView> artisans(String slug, PageRequest page) {
        return memberships.artisans(accessible(slug).id, page);
    }

    /**
     * Active workshops by name from {@code offset}, for pages that show some (a consortium may have
     * thousands); kept in the shop cache.
     */
    public List<MemberView> activeWorkshops(int offset, int limit) {
        return shopCache.get(tenant.require().id(),
                () -> members.active(offset, limit).stream().map(MemberView::of).toList(), "workshops", offset, limit);
    }

    public long activeWorkshopCount() {
        return shopCache.get(tenant.require().id(), () -> members.countActive(), "workshop-count");
    }

    /** Every active workshop, for managers' settings that name each one; shoppers' pages read slices. */
    @Transactional
    public List<MemberView> activeWorkshops() {
        return members.active().stream().map(MemberView::of).toList();
    }

    /** One active workshop's profile, for the storefront. */
    @Transactional
    public Optional<MemberView> activeWorkshop(String slug) {
        return members.bySlug(slug).filter(m -> m.status == Member.Status.active).map(MemberView::of);
    }

    /** Profiles of the given members that row-level security lets the caller see. */
    @Transactional
    public List<MemberView> withIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : members.withIds(ids).stream().map(MemberView::of).toList();
    }

    /** A postal code the post refuses would send back every parcel the workshop ships. */
    private static void requirePostable(PostalAddress address) {
        if (address != null) {
            address.postalCodeRefusal().ifPresent(why -> {
                throw new InvalidInput("address.postalCode", why);
            });
        }
    }

    private Member accessible(String slug) {
        Member member = members.bySlug(slug).orElseThrow(() -> new NotFound("No such member"));
        access.requireMember(member.id, "member");
        return member;
    }
}
