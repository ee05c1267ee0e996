package dev.canopy.fulfilment.papers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints the papers' XHTML page as PDF. Its stylesheet comes from the classpath, where the page's
 * {@code /static/...} is served from; nothing else is fetched. DejaVu Sans is embedded because the
 * PDF's standard fonts have no Cyrillic or Armenian, which shoppers' and senders' addresses may hold.
 */
@ApplicationScoped
class PdfPrinter {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final String SCHEME = "classpath";

    /** Read once, on the first print. */
    private static final class Fonts {
        static final byte[] REGULAR = read(FONTS + "DejaVuSans.ttf");
        static final byte[] BOLD = read(FONTS + "DejaVuSans-Bold.ttf");
    }

    byte[] print(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUriResolver(PdfPrinter::resolve);
        builder.useProtocolsStreamImplementation(new Static(), SCHEME);
        builder.withHtmlContent(xhtml, SCHEME + ":/");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The page's {@code /static/...}, asked once as written and again as resolved; nothing else. */
    private static String resolve(String base, String uri) {
        if (uri.startsWith(SCHEME + ":/static/")) {
            return uri;
        }
        return uri.startsWith("/static/") && !uri.contains("..") ? SCHEME + ":" + uri : null;
    }

    /** Static assets from where the app serves them (META-INF/resources). */
    private static final class Static implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            byte[] bytes = read("META-INF/resources" + url.substring(SCHEME.length() + 1));
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return new ByteArrayInputStream(bytes);
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfPrinter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
