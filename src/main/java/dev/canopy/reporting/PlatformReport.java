package dev.canopy.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * The operator's view across consortia: each one's paid orders, gross sales (in EUR, each day at
 * that consortium's rate of the day), workshops selling and countries reached in the period. A
 * consortium without a EUR rate shows no gross and is left out of the total's gross.
 */
@ApplicationScoped
public class PlatformReport {

    static final String CURRENCY = "EUR";

    public record Row(ExportSales.Named consortium, long orders, Money gross, long membersSelling,
            long countriesReached) {
    }

    public record Totals(long orders, Money gross, long membersSelling, long countriesReached) {
    }

    public record Report(LocalDate from, LocalDate to, String currency, List<Row> rows, Totals totals) {
    }

    private static final String BY_DAY = """
            select f.consortium_id, f.day, coalesce(sum(f.gross), 0) from sales_fact f
             where f.day between :from and :to group by f.consortium_id, f.day""";
    private static final String REACH = """
            select c.id, c.slug, c.name, c.base_currency, count(distinct f.order_id) filter (where f.units > 0),
                   count(distinct f.member_id) filter (where f.units > 0),
                   count(distinct f.country) filter (where f.units > 0)
              from sales_fact f join consortium c on c.id = f.consortium_id
             where f.day between :from and :to group by c.id, c.slug, c.name, c.base_currency order by c.slug""";

    @Inject
    EntityManager em;
    @Inject
    Access access;

    @Transactional
    public Report report(String from, String to) {
        access.requireOperator();
        ExportSalesQuery period = ExportSalesQuery.period(from, to);
        LocalDate start = period.from();
        LocalDate end = period.to();
        em.createNativeQuery("select set_config('canopy.platform_report', 'on', true)").getSingleResult();
        Map<UUID, Map<LocalDate, Long>> grossByDay = new LinkedHashMap<>();
        for (Object result : em.createNativeQuery(BY_DAY).setParameter("from", start).setParameter("to", end)
                .getResultList()) {
            Object[] r = (Object[]) result;
            grossByDay.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).put(ExportSales.day(r[1]),
                    ((Number) r[2]).longValue());
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(REACH).setParameter("from", start).setParameter("to", end)
                .getResultList()) {
            Object[] r = (Object[]) result;
            UUID id = (UUID) r[0];
            RatesInForce eur = RatesInForce.of(em, id, (String) r[3], CURRENCY);
            Money gross = eur.known() ? Money.of(grossByDay.getOrDefault(id, Map.of()).entrySet().stream()
                    .mapToLong(e -> eur.convert(e.getValue(), e.getKey())).sum(), CURRENCY) : null;
            rows.add(new Row(new ExportSales.Named((String) r[1], (String) r[2]), ExportSales.number(r[4]), gross,
                    ExportSales.number(r[5]),
                    ExportSales.number(r[6])));
        }
        rows.sort(Comparator.comparingLong((Row row) -> row.gross() == null ? -1 : row.gross().amount()).reversed());
        long countries = ExportSales.number(em.createNativeQuery("select count(distinct country) filter (where units > 0) "
                + "from sales_fact where day between :from and :to").setParameter("from", start)
                .setParameter("to", end).getSingleResult());
        return new Report(start, end, CURRENCY, rows, totals(rows, countries));
    }

    /** Workshops belong to one consortium each, so they add up; countries are counted once across all. */
    private static Totals totals(List<Row> rows, long countries) {
        return new Totals(rows.stream().mapToLong(Row::orders).sum(),
                Money.of(rows.stream().filter(r -> r.gross() != null).mapToLong(r -> r.gross().amount()).sum(),
                        CURRENCY),
                rows.stream().mapToLong(Row::membersSelling).sum(), countries);
    }
}
