package dev.canopy.catalog.store;

import static dev.canopy.catalog.store.PublicCatalog.pick;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.catalog.LiveVersion;
import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.store.PublicProduct.CategoryRef;
import dev.canopy.catalog.store.PublicProduct.Maker;
import dev.canopy.catalog.store.PublicProduct.Offer;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumView;

/** Turns catalog rows into what shoppers see: one language, one currency, offers in stock or not. */
@ApplicationScoped
class PublicProducts {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    ProductImages images;

    List<PublicProduct> assemble(List<Object[]> rows, ConsortiumView consortium, String lang, Conversion conversion) {
        Map<UUID, List<Offer>> offers = offers(rows.stream().map(r -> (UUID) r[0]).toList(), conversion);
        return rows.stream().map(row -> product(row, consortium, lang, offers)).toList();
    }

    private PublicProduct product(Object[] row, ConsortiumView consortium, String lang, Map<UUID, List<Offer>> offers) {
        UUID id = (UUID) row[0];
        LiveVersion live = read((String) row[1], LiveVersion.class);
        CategoryRef category = row[4] == null ? null
                : new CategoryRef((String) row[4], pick(read((String) row[5], TEXTS), lang, consortium));
        return new PublicProduct(id, pick(live.title(), lang, consortium), pick(live.description(), lang, consortium),
                new Maker((String) row[2], (String) row[3]), category, images.of(consortium, live.images()),
                offers.getOrDefault(id, List.of()), live.materials(), live.technique(), live.hsCode(),
                live.originCountry(), live.weightGrams(), live.leadTimeDays(), live.oneOfAKind());
    }

    private Map<UUID, List<Offer>> offers(List<UUID> productIds, Conversion conversion) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select product_id, id, sku, cast(options as text), price_amount, "
                + "price_currency, stock from variant where product_id in (:ids) order by product_id, position")
                .setParameter("ids", productIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(
                r -> new Offer((UUID) r[1], (String) r[2], read((String) r[3], TEXTS),
                        conversion.show(Money.of(((Number) r[4]).longValue(), (String) r[5])),
                        ((Number) r[6]).intValue() > 0),
                Collectors.toList())));
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable catalog row", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable catalog row", e);
        }
    }
}
