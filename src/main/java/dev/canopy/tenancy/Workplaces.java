package dev.canopy.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Caller;
import dev.canopy.identity.Memberships;

/** What the signed-in person manages and works for, across consortia: the portal's home. */
@ApplicationScoped
public class Workplaces {

    public record Workshop(ConsortiumView consortium, MemberView member) {
    }

    public record OfCaller(String email, boolean operator, List<ConsortiumView> managed, List<Workshop> workshops) {
    }

    @Inject
    Caller caller;
    @Inject
    Memberships memberships;
    @Inject
    ConsortiumRepository consortia;
    @Inject
    MemberRepository members;

    /** Runs outside any consortium: row-level security shows the caller their own rows only. */
    @Transactional
    public OfCaller ofCaller() {
        List<UUID> managed = memberships.managedByCaller();
        List<Memberships.Workshop> workshops = memberships.workshopsOfCaller();
        List<ConsortiumView> managedViews = managed.isEmpty() ? List.of()
                : consortia.among(managed, 0, 100).stream().map(ConsortiumView::of).toList();
        List<Workshop> workshopViews = workshops.isEmpty() ? List.of() : views(workshops);
        return new OfCaller(caller.email().orElse(null), caller.isOperator(), managedViews, workshopViews);
    }

    private List<Workshop> views(List<Memberships.Workshop> workshops) {
        Map<UUID, Consortium> consortiaById = consortia
                .among(workshops.stream().map(Memberships.Workshop::consortiumId).collect(Collectors.toSet()), 0, 100)
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return members.withIds(workshops.stream().map(Memberships.Workshop::memberId).toList()).stream()
                .map(m -> new Workshop(ConsortiumView.of(consortiaById.get(UUID.fromString(m.consortiumId))),
                        MemberView.of(m)))
                .toList();
    }
}
