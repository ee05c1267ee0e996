package dev.canopy.portal;

import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.FeaturedProducts;
import dev.canopy.catalog.ProductService;
import dev.canopy.catalog.ProductView;
import dev.canopy.identity.Access;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A workshop's products with their review state, and sending one to the brand's review. */
@Path("/portal/consortia/{c}/members/{m}/products")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class MemberProductPages {

    // A workshop has tens of products; the most recently changed hundred fit one page
    static final int SHOWN = 100;

    @CheckedTemplate(basePath = "portal/products")
    static class Templates {
        static native TemplateInstance list(String consortium, MemberView member, ListView<ProductView> products,
                boolean submitted, boolean stocked, Set<UUID> featured, boolean manager);
    }

    @Inject
    ProductService products;
    @Inject
    MemberService members;
    @Inject
    FeaturedProducts featured;
    @Inject
    Access access;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    static String path(String c, String m) {
        return "/portal/consortia/" + c + "/members/" + m + "/products";
    }

    @GET
    public TemplateInstance list(@PathParam("c") String c, @PathParam("m") String m,
            @QueryParam("submitted") String submitted, @QueryParam("stocked") String stocked) {
        ListView<ProductView> found = products.list(m, PageRequest.of(0, SHOWN));
        boolean manager = access.managesHere();
        return Templates.list(c, members.get(m), found, submitted != null, stocked != null,
                manager ? featured.featuredIds() : Set.of(), manager).setLocale(language.locale());
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        products.submit(m, id);
        return FormAnswers.seeOther(path(c, m) + "?submitted=1");
    }
}
