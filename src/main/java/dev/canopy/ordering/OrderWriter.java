package dev.canopy.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.Inventory.Sellable;
import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.platform.Ids;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumView;

/** Writes an order and its lines with everything frozen, and guards checkout against double submits. */
@ApplicationScoped
class OrderWriter {

    record Draft(Cart cart, String key, String fingerprint, CheckoutRequest request, String currency,
            Conversion conversion, ConsortiumView consortium, List<CartLine> lines, Map<UUID, Sellable> sellable,
            Map<UUID, Integer> fromStock, Money shipping, String paymentMethod, String client) {
    }

    @Inject
    OrderRepository orders;
    @Inject
    OrderHistory history;

    /** Concurrent retries with one key queue up here; the first writes, the rest find its order. */
    void serialise(String idempotencyKey) {
        orders.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "checkout:" + idempotencyKey).getSingleResult();
    }

    /** An order as written, with its lines in order. */
    record Written(Order order, List<OrderLine> lines) {
    }

    Written write(Draft d, Instant now, Duration reservation) {
        Order order = new Order();
        order.id = Ids.next();
        order.number = uniqueNumber(d.consortium().slug());
        order.token = OrderNumbers.token();
        order.idempotencyKey = d.key();
        order.requestFingerprint = d.fingerprint();
        order.clientAddress = d.client();
        order.cartId = d.cart().id;
        order.email = d.request().email().trim().toLowerCase(java.util.Locale.ROOT);
        order.shippingAddress = d.request().shippingAddress().forLabels();
        order.currency = d.currency();
        order.exchangeRate = d.conversion().rate();
        order.commissionRate = d.consortium().commissionRate();
        order.status = Order.Status.awaiting_payment;
        order.paymentMethod = d.paymentMethod();
        order.language = language(d.request().language(), d.consortium());
        order.reservedUntil = now.plus(reservation);
        order.createdAt = now;
        List<OrderLine> lines = lines(order, d);
        order.itemsTotal = lines.stream().mapToLong(l -> l.lineTotal).reduce(0, Math::addExact);
        order.shippingTotal = d.shipping().amount();
        order.total = Math.addExact(order.itemsTotal, order.shippingTotal);
        orders.persist(order);
        lines.forEach(orders.getEntityManager()::persist);
        history.record(order, null, "shopper", now);
        return new Written(order, lines);
    }

    /** The shopper's language when the brand writes in it, else the brand's first. */
    private static String language(String asked, ConsortiumView consortium) {
        return asked != null && consortium.languages().contains(asked) ? asked : consortium.languages().get(0);
    }

    private List<OrderLine> lines(Order order, Draft d) {
        List<OrderLine> lines = new ArrayList<>();
        for (CartLine cartLine : d.lines()) {
            Sellable s = d.sellable().get(cartLine.variantId);
            OrderLine line = new OrderLine();
            line.id = Ids.next();
            line.orderId = order.id;
            line.position = lines.size();
            line.memberId = s.memberId();
            line.productId = s.productId();
            line.variantId = s.variantId();
            line.sku = s.sku();
            line.title = s.title();
            line.options = s.options();
            line.quantity = cartLine.quantity;
            line.unitPrice = d.conversion().show(s.price()).amount();
            line.lineTotal = Math.multiplyExact(line.unitPrice, line.quantity);
            line.hsCode = s.hsCode();
            line.originCountry = s.originCountry();
            line.weightGrams = s.weightGrams();
            line.fromStock = d.fromStock().get(cartLine.id);
            line.madeInDays = line.fromStock < line.quantity ? s.leadTimeDays() : null;
            lines.add(line);
        }
        return lines;
    }

    private String uniqueNumber(String slug) {
        String number = OrderNumbers.next(slug);
        while (orders.numberTaken(number)) {
            number = OrderNumbers.next(slug);
        }
        return number;
    }
}
