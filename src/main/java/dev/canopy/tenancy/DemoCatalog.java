package dev.canopy.tenancy;

import static dev.canopy.tenancy.DemoData.consortium;

import java.util.List;
import java.util.Map;

import dev.canopy.tenancy.DemoData.DemoConsortium;
import dev.canopy.tenancy.DemoData.DemoMember;

/** The demo brands' texts, each story in English and Russian; invented names, no real brands. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static List<DemoConsortium> consortia() {
        return List.of(zarbof(), vardan());
    }

    private static DemoConsortium zarbof() {
        return new DemoConsortium(consortium(Map.of("slug", "zarbof", "name", "Zarbof Home",
                "color", "#8a3b12"),
                Map.of("en", "Carpets, suzani and ikat from family workshops of the Fergana valley and the Pamirs, "
                        + "exported together through one consortium.",
                        "ru", "Ковры, сюзане и икат из семейных мастерских Ферганской долины и Памира, "
                                + "вместе на экспорт через один консорциум."),
                "EUR", List.of("USD", "RUB"), List.of("en", "ru", "tg"), "0.12", "TJ", "manager@zarbof.example"),
                List.of(
                        member(new Workshop("nur-atlas", "12 Kamoli Khujandi Street", "Khujand", "735700"), "Nur Atlas Weavers",
                                "Sughd, Khujand", "ikat weaving", "TJ",
                                Map.of("en", "Silk atlas woven on wooden looms by three generations of one family.",
                                        "ru", "Шёлковый атлас на деревянных станках, три поколения одной семьи."),
                                List.of("artisan.nilufar@zarbof.example")),
                        member(new Workshop("gulbahor-suzani", "4 Ismoili Somoni Street", "Istaravshan", "735610"),
                                "Gulbahor Suzani", "Sughd, Istaravshan", "embroidery", "TJ",
                                Map.of("en", "Hand-stitched suzani in the Istaravshan style.",
                                        "ru", "Сюзане ручной вышивки в истаравшанском стиле."),
                                List.of()),
                        member(new Workshop("pamir-kilim", "7 Lenin Street", "Khorog", "736000"), "Pamir Kilim", "GBAO, Khorog",
                                "carpet weaving", "TJ",
                                Map.of("en", "Flat-woven wool kilims dyed with walnut and madder.",
                                        "ru", "Безворсовые шерстяные килимы, окрашенные орехом и мареной."),
                                List.of("artisan.farrukh@zarbof.example")),
                        member(new Workshop("rang-ikat", "25 Rudaki Avenue", "Dushanbe", "734025"), "Rang Ikat Studio",
                                "Dushanbe", "textile dyeing", "TJ",
                                Map.of("en", "Cotton adras and table linen in bold ikat patterns.",
                                        "ru", "Хлопковый адрас и столовое бельё с яркими узорами икат."),
                                List.of())));
    }

    private static DemoConsortium vardan() {
        return new DemoConsortium(consortium(Map.of("slug", "vardan", "name", "Vardan Collective",
                "color", "#5b2a48"),
                Map.of("en", "Contemporary clothing and leather goods from independent Armenian ateliers.",
                        "ru", "Современная одежда и изделия из кожи от независимых армянских ателье."),
                "EUR", List.of("AMD", "USD", "RUB"), List.of("en", "hy", "ru"), "0.15", "AM", "manager@vardan.example"),
                List.of(
                        member(new Workshop("ani-leather", "18 Rustaveli Street", "Gyumri", "3104"), "Ani Leatherworks",
                                "Shirak, Gyumri", "leather", "AM",
                                Map.of("en", "Vegetable-tanned bags and belts cut and stitched by hand.",
                                        "ru", "Сумки и ремни из кожи растительного дубления, ручной крой и шов."),
                                List.of("artisan.gevorg@vardan.example")),
                        member(new Workshop("lori-wool", "9 Tigran Mets Avenue", "Vanadzor", "2001"), "Lori Wool Studio",
                                "Lori, Vanadzor", "knitwear", "AM",
                                Map.of("en", "Knitwear from the wool of mountain sheep.",
                                        "ru", "Трикотаж из шерсти горных овец."),
                                List.of("artisan.anahit@vardan.example")),
                        member(new Workshop("yerevan-stitch", "31 Abovyan Street", "Yerevan", "0009"), "Yerevan Stitch Atelier",
                                "Yerevan", "tailoring", "AM",
                                Map.of("en", "Linen dresses and shirts with Armenian needle lace.",
                                        "ru", "Льняные платья и рубашки с армянским игольным кружевом."),
                                List.of())));
    }

    /** A demo workshop's slug and street address (fictional, in its post's format), for its customs papers. */
    private record Workshop(String slug, String street, String city, String postalCode) {
    }

    private static DemoMember member(Workshop at, String name, String region, String craft, String country,
            Map<String, String> story, List<String> artisans) {
        PostalAddress address = new PostalAddress(at.street(), null, at.city(), at.postalCode(), region, country);
        return new DemoMember(new NewMember(at.slug(), name, region, craft, country, null, story, Member.Status.active,
                address), artisans);
    }
}
