package dev.canopy.catalog.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.store.PublicProduct.Offer;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumView;

/** Turns read-model cards into what shoppers see: prices in their currency, links to the images. */
@ApplicationScoped
class PublicProducts {

    @Inject
    ObjectMapper json;
    @Inject
    ProductImages images;

    List<PublicProduct> assemble(List<String> cards, ConsortiumView consortium, Conversion conversion) {
        return cards.stream().map(card -> product(read(card), consortium, conversion)).toList();
    }

    private PublicProduct product(ShopCard card, ConsortiumView consortium, Conversion conversion) {
        List<Offer> offers = card.variants().stream().map(v -> new Offer(v.id(), v.sku(), v.options(),
                conversion.show(Money.of(v.amount(), v.currency())), v.inStock())).toList();
        return new PublicProduct(card.id(), card.title(), card.description(), card.member(), card.category(),
                images.of(consortium, card.images()), offers, card.materials(), card.technique(), card.hsCode(),
                card.originCountry(), card.weightGrams(), card.leadTimeDays(), card.oneOfAKind(), card.care());
    }

    private ShopCard read(String card) {
        try {
            return json.readValue(card, ShopCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable shop card", e);
        }
    }
}
