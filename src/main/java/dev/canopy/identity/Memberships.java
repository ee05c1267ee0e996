package dev.canopy.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.platform.Ids;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.Conflict;

/** Managers of the current consortium and artisans of its members, stored by Canopy, keyed by e-mail. */
@ApplicationScoped
public class Memberships {

    public record ManagerView(String email, Instant addedAt) {
    }

    public record ArtisanView(String email, Instant addedAt) {
    }

    public record Workshop(UUID consortiumId, UUID memberId) {
    }

    @Inject
    ManagerRepository managers;
    @Inject
    ArtisanRepository artisans;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public ManagerView addManager(UUID consortiumId, String email) {
        String address = normalised(email);
        if (managers.isManager(address)) {
            throw new Conflict(address + " already manages this consortium");
        }
        Manager manager = new Manager();
        manager.id = Ids.next();
        manager.consortiumId = consortiumId.toString();
        manager.email = address;
        manager.addedAt = clock.instant();
        managers.persist(manager);
        return new ManagerView(manager.email, manager.addedAt);
    }

    @Transactional
    public ListView<ManagerView> managers(PageRequest page) {
        List<ManagerView> items = managers.listed(page.page, page.size).stream()
                .map(m -> new ManagerView(m.email, m.addedAt)).toList();
        return new ListView<>(items, managers.count());
    }

    @Transactional
    public ArtisanView addArtisan(UUID consortiumId, UUID memberId, String email) {
        String address = normalised(email);
        if (artisans.worksFor(address, memberId)) {
            throw new Conflict(address + " already works for this member");
        }
        Artisan artisan = new Artisan();
        artisan.id = Ids.next();
        artisan.consortiumId = consortiumId.toString();
        artisan.memberId = memberId;
        artisan.email = address;
        artisan.addedAt = clock.instant();
        artisans.persist(artisan);
        return new ArtisanView(artisan.email, artisan.addedAt);
    }

    @Transactional
    public ListView<ArtisanView> artisans(UUID memberId, PageRequest page) {
        List<ArtisanView> items = artisans.ofMember(memberId, page.page, page.size).stream()
                .map(a -> new ArtisanView(a.email, a.addedAt)).toList();
        return new ListView<>(items, artisans.countOfMember(memberId));
    }

    /** The consortia the caller manages, in any consortium; call outside a resolved consortium. */
    @Transactional
    public List<UUID> managedByCaller() {
        return caller.email().map(managers::consortiaManagedBy).orElse(List.of());
    }

    /** The workshops the caller works for, in any consortium; call outside a resolved consortium. */
    @Transactional
    public List<Workshop> workshopsOfCaller() {
        return caller.email().map(artisans::ofPerson).orElse(List.of()).stream()
                .map(a -> new Workshop(UUID.fromString(a.consortiumId), a.memberId)).toList();
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
