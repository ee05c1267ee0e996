package dev.canopy.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.platform.Money;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/**
 * Where the brand sells: the period's sales facts summed per group, with the totals and the split
 * between export (destinations outside the consortium's home country) and domestic sales. A
 * manager sees every member; an artisan only its own member, and never the commission.
 */
@ApplicationScoped
public class ExportSales {

    /** A group's (or the whole period's) figures; commission is null where the caller may not see it. */
    public record Figures(long orders, long units, Money gross, Money shipping, Money refunds, Money net,
            Money commission, Money memberShare) {
    }

    public record Report(LocalDate from, LocalDate to, String currency, List<String> groupBy,
            List<Map<String, Object>> rows, Figures totals, Figures export, Figures domestic) {
    }

    /** A named thing in a row: a member, a product or a category. */
    public record Named(String slug, String name) {
    }

    private static final int NAMES_AT_ONCE = 10_000;

    @Inject
    EntityManager em;
    @Inject
    Access access;
    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;

    /** A question checked and resolved: who asks, in which currency, over which facts. */
    private record Asked(List<ExportSalesQuery.Key> keys, SalesSums sums, String currency, boolean manager,
            Integer limit) {
    }

    @Transactional
    public Report report(ExportSalesQuery query) {
        Asked asked = asked(query);
        String currency = asked.currency();
        boolean manager = asked.manager();
        // An order has one destination, so the totals are export and domestic added up, orders too
        Map<List<Object>, long[]> split = asked.sums().by(List.of(SalesSums.HOME));
        long[] export = split.getOrDefault(List.of(false), new long[SalesSums.FIGURES]);
        long[] domestic = split.getOrDefault(List.of(true), new long[SalesSums.FIGURES]);
        long[] totals = new long[SalesSums.FIGURES];
        Arrays.setAll(totals, i -> export[i] + domestic[i]);
        return new Report(query.from(), query.to(), currency, asked.keys().stream().map(Enum::name).toList(),
                rows(asked), figures(totals, currency, manager), figures(export, currency, manager),
                figures(domestic, currency, manager));
    }

    /** The report's rows alone, for pages that show no totals (a chart, a top ten). */
    @Transactional
    public List<Map<String, Object>> rows(ExportSalesQuery query) {
        return rows(asked(query));
    }

    private Asked asked(ExportSalesQuery query) {
        access.requireInsider("consortium");
        boolean manager = access.managesHere();
        ConsortiumView consortium = consortia.here();
        MemberView member = member(query.member, manager);
        RatesInForce rates = rates(consortium, query.currency);
        SalesSums sums = new SalesSums(em, rates, new SalesSums.Filter(query.from(), query.to(),
                member == null ? null : member.id(), categoryId(query.category), consortium.country()));
        return new Asked(query.keys(), sums, rates.currency(), manager, query.limit());
    }

    /** The member asked for; an artisan who names none gets the one workshop it works for. */
    private MemberView member(String slug, boolean manager) {
        if (slug != null) {
            return members.get(slug);
        }
        if (manager) {
            return null;
        }
        return access.ownMember().flatMap(id -> members.withIds(List.of(id)).stream().findFirst())
                .orElseThrow(() -> new InvalidInput("member", "is required: you work for several workshops"));
    }

    /** The base currency, or one the consortium offers and has set a rate for. */
    private RatesInForce rates(ConsortiumView consortium, String asked) {
        String currency = asked == null ? consortium.baseCurrency() : asked;
        if (!currency.equals(consortium.baseCurrency()) && !consortium.currencies().contains(currency)) {
            throw new InvalidInput("currency", "is not one of this shop's currencies");
        }
        RatesInForce rates = RatesInForce.of(em, consortium.id(), consortium.baseCurrency(), currency);
        if (!rates.known()) {
            throw new InvalidInput("currency", "has no exchange rate set yet");
        }
        return rates;
    }

    private List<Map<String, Object>> rows(Asked asked) {
        List<ExportSalesQuery.Key> keys = asked.keys();
        String currency = asked.currency();
        boolean manager = asked.manager();
        Map<List<Object>, long[]> found = asked.sums().by(keys.stream().map(ExportSales::column).toList(),
                asked.limit());
        Names names = new Names(keys, found.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        found.forEach((key, group) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i).name(), names.of(keys.get(i), key.get(i)));
            }
            Figures f = figures(group, currency, manager);
            row.put("orders", f.orders());
            row.put("units", f.units());
            row.put("gross", f.gross());
            row.put("shipping", f.shipping());
            row.put("refunds", f.refunds());
            row.put("net", f.net());
            if (manager) {
                row.put("commission", f.commission());
            }
            row.put("memberShare", f.memberShare());
            rows.add(row);
        });
        // Stable: rows of equal net stay in the order of their keys
        rows.sort(Comparator.comparingLong((Map<String, Object> row) -> ((Money) row.get("net")).amount()).reversed());
        return rows;
    }

    static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Figures figures(long[] sums, String currency, boolean manager) {
        long gross = sums[2];
        long refunds = sums[4];
        return new Figures(sums[0], sums[1], Money.of(gross, currency), Money.of(sums[3], currency),
                Money.of(refunds, currency), Money.of(gross - refunds, currency),
                manager ? Money.of(sums[5], currency) : null, Money.of(sums[6], currency));
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String column(ExportSalesQuery.Key key) {
        return switch (key) {
            case country -> "country";
            case member -> "member_id";
            case product -> "product_id";
            case category -> "category_id";
            case month -> SalesSums.MONTH;
        };
    }

    private UUID categoryId(String slug) {
        if (slug == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery("select id from category where slug = :slug").setParameter("slug", slug)
                .getResultList();
        return ids.stream().map(UUID.class::cast).findFirst().orElseThrow(() -> new NotFound("No such category"));
    }

    /** The names of the members, products and categories that appear in the rows, read once each. */
    private class Names {

        private final Map<Object, Named> known = new LinkedHashMap<>();

        Names(List<ExportSalesQuery.Key> keys, java.util.Collection<List<Object>> rows) {
            for (int i = 0; i < keys.size(); i++) {
                int column = i;
                List<UUID> ids = rows.stream().map(r -> r.get(column)).filter(UUID.class::isInstance)
                        .map(UUID.class::cast).distinct().toList();
                if (!ids.isEmpty()) {
                    load(keys.get(i), ids);
                }
            }
        }

        Object of(ExportSalesQuery.Key key, Object value) {
            return value instanceof UUID ? known.get(value) : value;
        }

        private void load(ExportSalesQuery.Key key, List<UUID> ids) {
            switch (key) {
                case member -> members.withIds(ids).forEach(m -> known.put(m.id(), new Named(m.slug(), m.name())));
                case product -> named("select id, id::text, live -> 'title' ->> 'en' from product where id in :ids", ids);
                case category -> named("select id, slug, name ->> 'en' from category where id in :ids", ids);
                default -> {
                }
            }
        }

        /** In slices: a bind parameter per id, and a statement takes at most 65,535 of them. */
        private void named(String sql, List<UUID> ids) {
            for (int from = 0; from < ids.size(); from += NAMES_AT_ONCE) {
                List<?> found = em.createNativeQuery(sql)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + NAMES_AT_ONCE)))
                        .getResultList();
                found.stream().map(r -> (Object[]) r)
                        .forEach(r -> known.put(r[0], new Named((String) r[1], (String) r[2])));
            }
        }
    }
}
