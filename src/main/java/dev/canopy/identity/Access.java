package dev.canopy.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.platform.errors.Forbidden;
import dev.canopy.platform.errors.NotFound;
import io.quarkus.security.UnauthorizedException;

/**
 * Who may act on which consortium and member. Anything of a consortium or member the caller has no
 * part in answers 404, so its existence is never revealed; a known place with the wrong role, 403.
 * Callers run these inside the request's resolved consortium, so the lookups are tenant-filtered.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;
    @Inject
    ManagerRepository managers;
    @Inject
    ArtisanRepository artisans;

    public void requireOperator() {
        requireSignedIn();
        if (!caller.isOperator()) {
            throw new Forbidden("Only the platform operator may do this");
        }
    }

    @Transactional
    public void requireManager(String what) {
        requireSignedIn();
        if (caller.isOperator() || isManager()) {
            return;
        }
        if (isArtisanHere()) {
            throw new Forbidden("Only the consortium's managers may do this");
        }
        throw new NotFound("No such " + what);
    }

    /** Managers and the artisans of any of the consortium's members. */
    @Transactional
    public void requireInsider(String what) {
        requireSignedIn();
        if (!caller.isOperator() && !isManager() && !isArtisanHere()) {
            throw new NotFound("No such " + what);
        }
    }

    /** Managers may act on every member; an artisan only on their own member. */
    @Transactional
    public void requireMember(UUID memberId, String what) {
        requireSignedIn();
        if (caller.isOperator() || isManager()) {
            return;
        }
        String email = caller.email().orElse("");
        if (!artisans.worksFor(email, memberId)) {
            throw new NotFound("No such " + what);
        }
    }

    /** True when the caller manages the current consortium (or is the operator). */
    @Transactional
    public boolean managesHere() {
        return caller.isOperator() || isManager();
    }

    /** The one member the caller works for here; empty for none or several. */
    @Transactional
    public Optional<UUID> ownMember() {
        List<UUID> own = caller.email().map(artisans::ofPerson).orElse(List.of()).stream().map(a -> a.memberId)
                .distinct().toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    private boolean isManager() {
        return caller.email().map(managers::isManager).orElse(false);
    }

    private boolean isArtisanHere() {
        return caller.email().map(artisans::worksInConsortium).orElse(false);
    }

    private void requireSignedIn() {
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }
}
