package dev.canopy.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.catalog.ProductImageService;
import dev.canopy.catalog.ProductImageService.PhotoFile;
import dev.canopy.catalog.ProductService;
import dev.canopy.catalog.ProductView;
import dev.canopy.catalog.ProductView.VariantView;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The artisan's product editor: texts in each of the brand's languages, customs facts and variants. */
@Path("/portal/consortia/{c}/members/{m}/products")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ProductEditorPages {

    /**
     * The editor's data; {@code product} is null for a new one. {@code photo} says what became of the
     * last photo sent (added, removed, or why it was refused), or is null.
     */
    public record Editor(ConsortiumView consortium, MemberView member, ProductView product, ProductForm form,
            List<CategoryView> categories, List<FieldError> errors, boolean saved, String photo) {

        // what a new row of the form is: nothing of it saved, nothing waiting
        private static final VariantView NOT_SAVED = new VariantView(null, "", Map.of(), null, 0, null, false);

        public String products() {
            return MemberProductPages.path(consortium.slug(), member.slug());
        }

        /** The saved variant a row of the form shows (none for a new row), for what waits for review. */
        public VariantView savedVariant(String rowId) {
            List<VariantView> variants = product == null ? List.of() : product.variants();
            return variants.stream().filter(v -> v.id().toString().equals(rowId)).findFirst()
                    .orElse(NOT_SAVED);
        }
    }

    @CheckedTemplate(basePath = "portal/products")
    static class Templates {
        static native TemplateInstance editor(Editor editor);
    }

    @Inject
    ProductService products;
    @Inject
    ProductImageService images;
    @Inject
    CategoryService categories;
    @Inject
    MemberService members;
    @Inject
    ConsortiumService consortia;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    @Path("new")
    public TemplateInstance blank(@PathParam("c") String c, @PathParam("m") String m) {
        ConsortiumView consortium = consortia.here();
        return page(editor(consortium, m, null, ProductForm.blank(consortium), List.of(), false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("c") String c, @PathParam("m") String m, MultivaluedMap<String, String> fields) {
        return create(c, m, fields, List.of());
    }

    /** The new-product form as the page sends it: with the photos chosen, so a product is made in one go. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createWithPhotos(@PathParam("c") String c, @PathParam("m") String m, MultipartFormDataInput input) {
        MultipartFields sent = MultipartFields.of(input, ProductPhotoPages.FIELD);
        return create(c, m, sent.fields(), sent.photos());
    }

    /**
     * The product is saved first, then its photos (outside its transaction, as storage asks); when a
     * photo is refused the typed product stays saved and the editor says which photo problem to fix.
     */
    private Response create(String c, String m, MultivaluedMap<String, String> fields, List<PhotoFile> photos) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        ConsortiumView consortium = consortia.here();
        ProductForm form = ProductForm.read(fields, consortium.languages());
        ProductView created;
        try {
            created = products.create(m, ProductDrafts.create(form, consortium.baseCurrency()));
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(editor(consortium, m, null, form, errors, false)));
        }
        String saved = MemberProductPages.path(c, m) + "/" + created.id() + "?saved=1";
        if (photos.isEmpty()) {
            return FormAnswers.seeOther(saved);
        }
        String photo = PhotoOutcome.of(() -> images.addAll(m, created.id(), photos, null));
        return FormAnswers.seeOther(saved + "&photo=" + photo + "#photos");
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @QueryParam("saved") String saved, @QueryParam("photo") String photo) {
        ProductView product = products.get(m, id);
        return page(new Editor(consortia.here(), members.get(m), product, ProductForm.of(product),
                categories.forInsiders(), List.of(), saved != null, photo == null ? null : photo.replaceAll("\\W", "")));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        ConsortiumView consortium = consortia.here();
        ProductView current = products.get(m, id);
        ProductForm form = ProductForm.read(fields, consortium.languages());
        try {
            products.change(m, id, ProductDrafts.change(form, current, consortium.baseCurrency()));
            return FormAnswers.seeOther(MemberProductPages.path(c, m) + "/" + id + "?saved=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(editor(consortium, m, current, form, errors, false)));
        }
    }

    private Editor editor(ConsortiumView consortium, String m, ProductView product, ProductForm form,
            List<FieldError> errors, boolean saved) {
        return new Editor(consortium, members.get(m), product, form, categories.forInsiders(), errors, saved, null);
    }

    private TemplateInstance page(Editor editor) {
        return Templates.editor(editor).setLocale(language.locale());
    }
}
