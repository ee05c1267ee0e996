package dev.canopy.fulfilment.papers;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Renders a parcel's papers as a printable page or PDF, for the API and the portal alike. */
@ApplicationScoped
public class PaperDesk {

    static final String PDF = "application/pdf";

    @CheckedTemplate(basePath = "papers", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance customsDeclaration(ParcelPapers papers);

        static native TemplateInstance commercialInvoice(ParcelPapers papers);
    }

    @Inject
    CustomsPapers papers;
    @Inject
    PdfPrinter printer;

    public Response declaration(String member, UUID id, boolean pdf) {
        return paper(member, id, pdf, Templates::customsDeclaration, p -> p.form().name());
    }

    public Response invoice(String member, UUID id, boolean pdf) {
        return paper(member, id, pdf, Templates::commercialInvoice, p -> "invoice");
    }

    private Response paper(String member, UUID id, boolean pdf, Function<ParcelPapers, TemplateInstance> template,
            Function<ParcelPapers, String> kind) {
        ParcelPapers parcel = papers.of(member, id);
        String html = template.apply(parcel).render();
        // order numbers and member slugs are letters, digits and hyphens: safe in a quoted filename
        String name = kind.apply(parcel) + "-" + parcel.orderNumber() + "-" + member + (pdf ? ".pdf" : ".html");
        Response.ResponseBuilder answer = pdf ? Response.ok(printer.print(html), PDF)
                : Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        return answer.header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
