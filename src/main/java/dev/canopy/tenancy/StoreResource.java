package dev.canopy.tenancy;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;

/** The public face of a consortium for shoppers and their apps: no token needed. */
@Path("/api/v1/store/{c}")
class StoreResource {

    public record StoreView(String slug, String name, String story, String logo, String primaryColor,
            String baseCurrency, List<String> currencies, List<String> languages, String country) {
    }

    public record WorkshopProfile(String slug, String name, String region, String craft, String country,
            String story) {
    }

    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    TenantContext tenant;

    @GET
    public StoreView store(@PathParam("c") String c) {
        ConsortiumView v = consortia.published(tenant.require().slug())
                .orElseThrow(() -> new NotFound("No such consortium"));
        return new StoreView(v.slug(), v.name(), v.story(), v.logo(), v.primaryColor(), v.baseCurrency(),
                v.currencies(), v.languages(), v.country());
    }

    @GET
    @Path("members")
    public ListView<WorkshopProfile> members(@PathParam("c") String c, @Valid @BeanParam PageRequest page) {
        List<WorkshopProfile> profiles = members.activeWorkshops(page.page * page.size, page.size).stream()
                .map(m -> new WorkshopProfile(m.slug(), m.name(), m.region(), m.craft(), m.country(), m.story()))
                .toList();
        return new ListView<>(profiles, members.activeWorkshopCount());
    }
}
