package dev.canopy.storefront;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;

/**
 * The storefront's sitemap for search engines (sitemaps.org): {@code sitemap.xml} is an index of numbered
 * files that list home, catalog and categories first, then every active workshop, then every sellable
 * product. Each file reads only its own slice, so no request loads a whole brand.
 */
@Path("/")
@Produces("application/xml")
class SitemapResource {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** A run of pages below the storefront's home: how many, and how to read a slice (offset, limit) of them. */
    private record Section(long size, BiFunction<Integer, Integer, List<String>> slice) {
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    // The protocol allows 50,000 addresses a file; tests make it small to see the split
    @ConfigProperty(name = "canopy.storefront.sitemap-page-size", defaultValue = "50000")
    int pageSize;
    @Inject
    Shopper shopper;
    @Inject
    CategoryService categories;
    @Inject
    MemberService members;
    @Inject
    PublicCatalog catalog;

    @GET
    @Path("shop/{c}/sitemap.xml")
    public Response index(@PathParam("c") String c) {
        String home = shopper.shop().address();
        long files = files(sections());
        return xml(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NAMESPACE);
            for (long n = 1; n <= files; n++) {
                entry(xml, "sitemap", home + "sitemap-" + n + ".xml");
            }
        });
    }

    @GET
    @Path("shop/{c}/sitemap-{n:[0-9]+}.xml")
    public Response file(@PathParam("c") String c, @PathParam("n") int n) {
        String home = shopper.shop().address();
        List<Section> sections = sections();
        if (n < 1 || n > files(sections)) {
            throw new NotFound("No such sitemap");
        }
        List<String> pages = slice(sections, (long) (n - 1) * pageSize);
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (String page : pages) {
                entry(xml, "url", home + page);
            }
        });
    }

    private List<Section> sections() {
        List<String> fixed = new ArrayList<>(List.of("", "products"));
        categories.all().forEach(category -> fixed.add("products?category=" + category.slug()));
        return List.of(new Section(fixed.size(), (offset, limit) -> fixed.subList(offset, offset + limit)),
                new Section(members.activeWorkshopCount(), (offset, limit) -> members.activeWorkshops(offset, limit)
                        .stream().map(maker -> "makers/" + maker.slug()).toList()),
                new Section(catalog.publishedCount(), (offset, limit) -> catalog.publishedIds(offset, limit)
                        .stream().map(id -> "products/" + id).toList()));
    }

    private long files(List<Section> sections) {
        long pages = sections.stream().mapToLong(Section::size).sum();
        return (pages + pageSize - 1) / pageSize;
    }

    /** One file's worth of pages from position {@code from}, reading each section only for its part. */
    private List<String> slice(List<Section> sections, long from) {
        List<String> pages = new ArrayList<>();
        for (Section section : sections) {
            long room = pageSize - pages.size();
            if (from < section.size() && room > 0) {
                pages.addAll(section.slice().apply((int) from, (int) Math.min(room, section.size() - from)));
            }
            from = Math.max(0, from - section.size());
        }
        return pages;
    }

    /** Written straight to the response, not built as one string: a file may hold 50,000 addresses. */
    private static Response xml(Body body) {
        StreamingOutput stream = out -> {
            try {
                XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                body.write(xml);
                xml.writeEndDocument();
                xml.flush();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        };
        return Response.ok(stream).header("Cache-Control", "public, max-age=3600").build();
    }

    private static void entry(XMLStreamWriter xml, String element, String location) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
