package dev.canopy.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.canopy.fulfilment.ReadyZone;
import dev.canopy.fulfilment.ShippingPolicy;
import dev.canopy.fulfilment.ShippingSetup;

/**
 * The shipping table as the manager typed it: one rate a row, in major units of the base currency.
 * Rows with the same zone name make one zone (its countries from the first of them); a row without
 * a workshop is the rate for every workshop (and the hub).
 */
public record ShippingForm(String model, List<Row> rows) {

    static final int BLANK_ROWS = 3;

    /** {@code days}: the zone's delivery days as typed ("5-9"); the first row of a zone that has them counts. */
    public record Row(String zone, String countries, String member, String perParcel, String perKg, String days) {

        static final Row BLANK = new Row("", "", "", "", "", "");
        private static final Pattern DAYS = Pattern.compile("(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?");

        boolean isBlank() {
            return zone.isBlank() && countries.isBlank() && perParcel.isBlank() && perKg.isBlank() && days.isBlank();
        }

        /** The typed days as [min, max]; empty when blank; null when they cannot be read. */
        int[] deliveryDays() {
            if (days.isBlank()) {
                return new int[0];
            }
            Matcher m = DAYS.matcher(days.strip());
            if (!m.matches()) {
                return null;
            }
            int min = Integer.parseInt(m.group(1));
            int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
            return min >= 1 && min <= max && max <= 365 ? new int[] { min, max } : null;
        }

        /** The ready zone the row's countries make, or blank when they were picked one by one. */
        public String ready() {
            return ReadyZone.matching(codes()).map(ReadyZone::name).orElse("");
        }

        /** True when the picker shows this country chosen (a ready zone shows none). */
        public boolean picks(String code) {
            return ready().isEmpty() && codes().contains(code);
        }

        private List<String> codes() {
            return Arrays.stream(countries.toUpperCase(Locale.ROOT).split("[,;\\s]+")).filter(c -> !c.isEmpty())
                    .toList();
        }
    }

    /** True while no zone is set: the shop then ships everywhere, shipping included in prices. */
    public boolean unset() {
        return rows.stream().allMatch(Row::isBlank);
    }

    static ShippingForm of(ShippingSetup setup, String currency) {
        List<Row> rows = new ArrayList<>();
        setup.zones().forEach(zone -> zone.rates().forEach(rate -> rows.add(new Row(zone.name(),
                String.join(", ", zone.countries()), Objects.requireNonNullElse(rate.member(), ""),
                MajorUnits.of(rate.perParcel(), currency), MajorUnits.of(rate.perKg(), currency),
                zone.minDays() == null ? "" : zone.minDays() + "-" + zone.maxDays()))));
        return new ShippingForm(setup.model().name(), withBlanks(rows));
    }

    static ShippingForm read(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("row." + i + ".zone"); i++) {
            String row = "row." + i + ".";
            rows.add(new Row(field(form, row + "zone"), countries(form, row), field(form, row + "member"),
                    field(form, row + "perParcel"), field(form, row + "perKg"), field(form, row + "days")));
        }
        return new ShippingForm(field(form, "model"), withBlanks(rows.stream().filter(r -> !r.isBlank()).toList()));
    }

    /** The setup the rows describe; rows the page cannot read refuse the whole form. */
    ShippingSetup toSetup(String currency) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ShippingSetup.Zone> zones = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            ShippingSetup.Zone zone = zones.get(row.zone());
            List<String> countries = row.countries().isBlank() && zone != null ? zone.countries() : row.codes();
            if (row.zone().isBlank()) {
                errors.add(FieldError.of("zone", i + 1, "zone"));
            }
            if (countries.isEmpty() || !countries.stream().allMatch(c -> c.matches("\\*|[A-Z]{2}"))) {
                errors.add(FieldError.of("countries", i + 1, "countries"));
            }
            OptionalLong perParcel = MajorUnits.parse(row.perParcel(), currency);
            OptionalLong perKg = row.perKg().isBlank() ? OptionalLong.of(0) : MajorUnits.parse(row.perKg(), currency);
            if (perParcel.isEmpty() || perKg.isEmpty()) {
                errors.add(FieldError.of("price", i + 1, "price"));
            }
            int[] days = row.deliveryDays();
            if (days == null) {
                errors.add(FieldError.of("days", i + 1, "days"));
                days = new int[0];
            }
            List<ShippingSetup.Rate> rates = new ArrayList<>(zone == null ? List.of() : zone.rates());
            rates.add(new ShippingSetup.Rate(row.member().isBlank() ? null : row.member(), perParcel.orElse(0),
                    perKg.orElse(0)));
            boolean earlier = zone != null && zone.minDays() != null;
            zones.put(row.zone(), new ShippingSetup.Zone(row.zone(), countries, rates,
                    earlier ? zone.minDays() : days.length == 0 ? null : days[0],
                    earlier ? zone.maxDays() : days.length == 0 ? null : days[1]));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return new ShippingSetup("hub".equals(model) ? ShippingPolicy.Model.hub : ShippingPolicy.Model.per_member,
                List.copyOf(zones.values()));
    }

    /**
     * A ready zone's countries, else those picked from the list, else codes as typed (clients that
     * post the older form).
     */
    private static String countries(MultivaluedMap<String, String> form, String row) {
        String ready = field(form, row + "ready");
        if (!ready.isEmpty()) {
            return Arrays.stream(ReadyZone.values()).filter(z -> z.name().equals(ready)).findFirst()
                    .map(z -> String.join(", ", z.countries())).orElse(ready);
        }
        List<String> picked = form.get(row + "country");
        return picked == null || picked.isEmpty() ? field(form, row + "countries") : String.join(", ", picked);
    }

    private static List<Row> withBlanks(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(Row.BLANK);
        }
        return all;
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return Objects.requireNonNullElse(form.getFirst(name), "").strip();
    }
}
