package dev.canopy.fulfilment.papers;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.fulfilment.papers.CustomsProfile.Incoterm;
import dev.canopy.identity.Access;
import dev.canopy.platform.Ids;
import dev.canopy.platform.PostalCodes;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** The consortium's customs profile: managers set it, insiders read it, the papers print it. */
@ApplicationScoped
public class CustomsSettings {

    @Inject
    CustomsProfileRepository profiles;
    @Inject
    ConsortiumService consortia;
    @Inject
    Access access;
    @Inject
    Clock clock;

    @Transactional
    public CustomsSetup current() {
        access.requireInsider("consortium");
        return effective();
    }

    @Transactional
    public CustomsSetup replace(CustomsSetup setup) {
        access.requireManager("consortium");
        if (setup.sender() != null) {
            // the exporter's address is printed on every paper: one the post refuses sends parcels back
            PostalCodes.refusal(setup.sender().country(), setup.sender().postalCode()).ifPresent(why -> {
                throw new InvalidInput("sender.postalCode", why);
            });
        }
        CustomsProfile profile = profiles.current().orElseGet(CustomsProfile::new);
        profile.incoterm = setup.incoterm();
        profile.iossNumber = setup.iossNumber();
        profile.sender = setup.sender() == null ? null : trimmed(setup.sender());
        profile.updatedAt = clock.instant();
        if (profile.id == null) {
            profile.id = Ids.next();
            profiles.persist(profile);
        }
        return effective();
    }

    /** The profile as the papers print it, with the defaults filled in; callers check who may. */
    @Transactional
    CustomsSetup effective() {
        ConsortiumView consortium = consortia.here();
        Sender byDefault = Sender.of(consortium.name(), consortium.country());
        return profiles.current()
                .map(p -> new CustomsSetup(p.incoterm, p.iossNumber, p.sender == null ? byDefault : p.sender))
                .orElseGet(() -> new CustomsSetup(Incoterm.DAP, null, byDefault));
    }

    /** The sender the manager set, if any: it is the exporter even when workshops ship themselves. */
    Optional<Sender> namedSender() {
        return profiles.current().map(p -> p.sender);
    }

    private static Sender trimmed(Sender s) {
        return new Sender(s.name().trim(), blankless(s.line1()), blankless(s.line2()), blankless(s.city()),
                PostalCodes.normal(blankless(s.postalCode())), blankless(s.region()), s.country());
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
