package dev.canopy.tenancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.identity.Memberships;
import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Two demo brands modelled on real umbrella brands, with invented names: a Tajik home-textile
 * consortium of weaving and embroidery workshops and an Armenian fashion collective. Loaded once
 * when {@code canopy.demo-data} is on; the users match the dev identity provider and the realm.
 */
@ApplicationScoped
class DemoData {

    record DemoMember(NewMember profile, List<String> artisans) {
    }

    record DemoConsortium(NewConsortium consortium, List<DemoMember> members) {
    }

    @ConfigProperty(name = "canopy.demo-data")
    boolean enabled;
    @Inject
    ConsortiumService consortia;
    @Inject
    ConsortiumDirectory directory;
    @Inject
    MemberService members;
    @Inject
    Memberships memberships;
    @Inject
    TenantContext tenant;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // One request per consortium: a session never serves two tenants
        DemoCatalog.consortia().forEach(demo -> {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                loadIfAbsent(demo);
            } finally {
                request.terminate();
            }
        });
    }

    private void loadIfAbsent(DemoConsortium demo) {
        if (directory.bySlug(demo.consortium().slug()).isPresent()) {
            return;
        }
        ConsortiumView consortium = consortia.register(demo.consortium());
        tenant.enter(new ConsortiumRef(consortium.id(), consortium.slug()));
        for (DemoMember member : demo.members()) {
            MemberView admitted = members.insert(member.profile());
            member.artisans().forEach(email -> memberships.addArtisan(consortium.id(), admitted.id(), email));
        }
        Log.infof("Loaded demo consortium %s with %d members", consortium.slug(), demo.members().size());
    }

    static NewConsortium consortium(Map<String, String> texts, Map<String, String> story, String base,
            List<String> currencies, List<String> languages, String commission, String country, String manager) {
        return new NewConsortium(texts.get("slug"), texts.get("name"), story, null, texts.get("color"),
                base, currencies, languages, new BigDecimal(commission), country, List.of(), List.of(manager));
    }
}
