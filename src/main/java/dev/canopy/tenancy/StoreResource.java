package dev.canopy.tenancy;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.cache.PublicJson;
import dev.canopy.platform.errors.NotFound;

/** The public face of a consortium for shoppers and their apps: no token needed. */
@Path("/api/v1/store/{c}")
class StoreResource {

    public record StoreView(String slug, String name, Map<String, String> story, String logo, String primaryColor,
            String baseCurrency, List<String> currencies, List<String> languages, String country, Hero hero) {
    }

    public record WorkshopProfile(String slug, String name, String region, String craft, String country,
            Map<String, String> story) {
    }

    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    TenantContext tenant;
    @Inject
    PublicJson answers;

    @GET
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoreView.class)))
    public Response store(@PathParam("c") String c, @Context Request request) {
        return answers.answer(request, tenant.require().id(), () -> {
            ConsortiumView v = consortia.published(tenant.require().slug())
                    .orElseThrow(() -> new NotFound("No such consortium"));
            return new StoreView(v.slug(), v.name(), v.story(), v.logo(), v.primaryColor(), v.baseCurrency(),
                    v.currencies(), v.languages(), v.country(), v.hero());
        }, "store");
    }

    @GET
    @Path("members")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListView.class)))
    public Response members(@PathParam("c") String c, @Valid @BeanParam PageRequest page, @Context Request request) {
        return answers.answer(request, tenant.require().id(), () -> {
            List<WorkshopProfile> profiles = members.activeWorkshops(page.page * page.size, page.size).stream()
                    .map(m -> new WorkshopProfile(m.slug(), m.name(), m.region(), m.craft(), m.country(), m.story()))
                    .toList();
            return new ListView<>(profiles, members.activeWorkshopCount());
        }, "members", page.page, page.size);
    }
}
