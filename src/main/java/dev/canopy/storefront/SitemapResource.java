package dev.canopy.storefront;

import java.io.StringWriter;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** The storefront's sitemap for search engines: home, catalog, every workshop and every published product. */
@Path("/shop/{c}/sitemap.xml")
class SitemapResource {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    // The protocol's limit for one file; a bigger catalog needs a sitemap index
    private static final int MOST_PRODUCTS = 49_000;

    @Inject
    Shopper shopper;
    @Inject
    MemberService members;
    @Inject
    PublicCatalog catalog;

    @GET
    @Produces("application/xml")
    public Response sitemap(@PathParam("c") String c, @Context UriInfo uri) throws XMLStreamException {
        String shop = uri.getBaseUri().resolve(shopper.shop().home()).toString();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        url(xml, shop);
        url(xml, shop + "products");
        for (MemberView maker : members.activeWorkshops()) {
            url(xml, shop + "makers/" + maker.slug());
        }
        for (UUID product : catalog.publishedIds(0, MOST_PRODUCTS)) {
            url(xml, shop + "products/" + product);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return Response.ok(out.toString()).header("Cache-Control", "public, max-age=3600").build();
    }

    private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
