package dev.canopy.catalog.pricing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's eurofxref-daily.xml: {@code <Cube time="2026-12-01">} holding
 * {@code <Cube currency="USD" rate="1.0842"/>} per currency. DTDs and external entities are off, so
 * a feed cannot make the parser read files or other addresses.
 */
final class EcbXml {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Thrown for a document that is not the ECB's format (or holds no rate). */
    static class Malformed extends Exception {
        Malformed(String reason) {
            super(reason);
        }
    }

    private EcbXml() {
    }

    static ReferenceRates read(InputStream xml) throws Malformed {
        LocalDate date = null;
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT || !"Cube".equals(reader.getLocalName())) {
                    continue;
                }
                String time = reader.getAttributeValue(null, "time");
                String currency = reader.getAttributeValue(null, "currency");
                if (time != null) {
                    date = LocalDate.parse(time);
                } else if (currency != null) {
                    rates.put(code(currency), rate(reader.getAttributeValue(null, "rate")));
                }
            }
        } catch (XMLStreamException | DateTimeParseException | IllegalArgumentException e) {
            throw new Malformed("not the ECB's XML: " + e.getMessage());
        }
        if (date == null || rates.isEmpty()) {
            throw new Malformed("no dated rates in the document");
        }
        return new ReferenceRates(date, rates);
    }

    private static String code(String currency) {
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency " + currency);
        }
        return currency;
    }

    private static BigDecimal rate(String value) {
        BigDecimal rate = new BigDecimal(value == null ? "" : value);
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate " + value);
        }
        return rate;
    }
}
