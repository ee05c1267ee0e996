package dev.canopy.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.catalog.CategoryService.NewCategory;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The brand's product categories, named in each of its languages: list, add, remove. */
@Path("/portal/consortia/{c}/categories")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class CategoryPages {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance categories(ConsortiumView consortium, List<CategoryView> categories,
                Map<String, String> typed, List<FieldError> errors);
    }

    @Inject
    CategoryService categories;
    @Inject
    ConsortiumService consortia;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance list(@PathParam("c") String c) {
        return page(Map.of(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("c") String c, MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((name, values) -> typed.put(name, values.get(0).strip()));
        Map<String, String> names = new LinkedHashMap<>();
        consortia.here().languages().forEach(language -> {
            String name = typed.getOrDefault("name." + language, "");
            if (!name.isEmpty()) {
                names.put(language, name);
            }
        });
        try {
            categories.add(new NewCategory(typed.get("slug"), names));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/categories");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(typed, errors));
        }
    }

    @POST
    @Path("{slug}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("c") String c, @PathParam("slug") String slug,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        try {
            categories.remove(slug);
            return FormAnswers.seeOther("/portal/consortia/" + c + "/categories");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(Map.of(), errors));
        }
    }

    private TemplateInstance page(Map<String, String> typed, List<FieldError> errors) {
        return Templates.categories(consortia.current(), categories.forInsiders(), typed, errors)
                .setLocale(language.locale());
    }
}
