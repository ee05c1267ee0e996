package dev.canopy.fulfilment.papers;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.catalog.pricing.ExchangeRates;
import dev.canopy.fulfilment.Fulfilment;
import dev.canopy.fulfilment.FulfilmentService;
import dev.canopy.fulfilment.ShippingPolicy.Model;
import dev.canopy.fulfilment.ShippingSettings;
import dev.canopy.ordering.OrderLine;
import dev.canopy.ordering.OrderService;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** Prepares one parcel's customs papers: only its member's lines, its form by value, the consortium's terms. */
@ApplicationScoped
public class CustomsPapers {

    private static final String EURO = "EUR";

    @Inject
    FulfilmentService fulfilments;
    @Inject
    OrderService orders;
    @Inject
    MemberService members;
    @Inject
    ConsortiumService consortia;
    @Inject
    ExchangeRates rates;
    @Inject
    CustomsSettings settings;
    @Inject
    CustomsConfig config;
    @Inject
    ShippingSettings shipping;

    @Transactional
    public ParcelPapers of(String memberSlug, UUID id) {
        Fulfilment parcel = fulfilments.parcel(memberSlug, id);
        OrderService.Sold order = orders.sold(parcel.orderId);
        ConsortiumView consortium = consortia.here();
        List<OrderLine> lines = order.lines().stream().filter(l -> l.memberId.equals(parcel.memberId)).toList();
        long total = lines.stream().mapToLong(l -> l.lineTotal).sum();
        CustomsValue value = CustomsValue.of(total, order.currency(), order.exchangeRate(),
                consortium.baseCurrency(), euroPerBase(consortium));
        CustomsSetup profile = settings.effective();
        String destination = order.shippingAddress().country();
        String ioss = value.iossApplies(destination) ? profile.iossNumber() : null;
        MemberView workshop = members.withIds(List.of(parcel.memberId)).get(0);
        // through a hub the post gets the parcel from the consortium; otherwise from the workshop itself
        boolean fromHub = shipping.model() == Model.hub;
        Long grams = lines.stream().anyMatch(l -> l.weightGrams == null) ? null
                : lines.stream().mapToLong(l -> (long) l.weightGrams * l.quantity).sum();
        return new ParcelPapers(value.form(config.cn22LimitEur()), order.number(),
                order.placedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                workshop.name(), profile.incoterm(), ioss, fromHub ? Party.of(profile.sender()) : Party.of(workshop),
                fromHub ? null : settings.namedSender().map(Party::of).orElse(null), Party.of(order.shippingAddress()),
                order.currency(),
                ParcelPapers.lines(lines, order.currency(), consortium.languages()),
                lines.stream().mapToInt(l -> l.quantity).sum(), grams == null ? null : ParcelPapers.kilograms(grams),
                ParcelPapers.amount(total, order.currency()));
    }

    /** Only needed when neither the order's nor the base currency is the euro. */
    private Optional<BigDecimal> euroPerBase(ConsortiumView consortium) {
        if (consortium.baseCurrency().equals(EURO)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rates.table().rates().get(EURO)).map(BigDecimal::new);
    }
}
