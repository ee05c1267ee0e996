package dev.canopy.catalog;

import static dev.canopy.catalog.DemoProducts.draft;

import java.util.List;
import java.util.Map;

import dev.canopy.catalog.DemoProducts.DemoProduct;
import dev.canopy.catalog.ProductDraft.VariantDraft;
import dev.canopy.platform.Money;

/** What the demo workshops sell; invented products, texts in English and Russian. */
final class DemoCatalogs {

    record Catalog(String consortium, Map<String, Map<String, String>> categories, Map<String, String> rates,
            List<DemoProduct> products) {
    }

    private DemoCatalogs() {
    }

    static List<Catalog> all() {
        return List.of(zarbof(), vardan());
    }

    private static Catalog zarbof() {
        return new Catalog("zarbof",
                Map.of("carpets", texts("Carpets and kilims", "Ковры и килимы"),
                        "embroidery", texts("Suzani and embroidery", "Сюзане и вышивка"),
                        "ikat", texts("Ikat silk and cotton", "Икат: шёлк и хлопок")),
                Map.of("USD", "1.0842", "RUB", "98.40"),
                List.of(
                        product("TJ", "pamir-kilim", "Pamir kilim, walnut and madder", "Памирский килим, орех и марена",
                                "Flat-woven wool kilim dyed with walnut husks and madder root.",
                                "Безворсовый шерстяной килим, окрашенный скорлупой ореха и корнем марены.",
                                "carpets", List.of("wool", "natural dyes"), "flat weave", "570500", 4200,
                                variant("ZK-KILIM-120", "120x180", 24000, 2), variant("ZK-KILIM-160", "160x230", 39000, 1)),
                        product("TJ", "gulbahor-suzani", "Istaravshan suzani wall hanging", "Истаравшанское сюзане",
                                "Hand-embroidered cotton suzani with pomegranate medallions.",
                                "Хлопковое сюзане ручной вышивки с гранатовыми медальонами.",
                                "embroidery", List.of("cotton", "silk thread"), "basma stitch", "630493", 1300,
                                variant("ZK-SUZANI-1", "150x200", 32000, 1)),
                        product("TJ", "nur-atlas", "Silk atlas ikat scarf", "Шёлковый шарф атлас-икат",
                                "Hand-dyed silk atlas woven on a wooden loom in Khujand.",
                                "Шёлковый атлас ручного крашения, соткан на деревянном станке в Худжанде.",
                                "ikat", List.of("silk"), "ikat", "621410", 120,
                                variant("ZK-ATLAS-S", "45x180", 6500, 6)),
                        product("TJ", "rang-ikat", "Adras table runner", "Дорожка на стол из адраса",
                                "Cotton-silk adras runner in bold ikat pattern.",
                                "Дорожка из хлопко-шёлкового адраса с ярким узором икат.",
                                "ikat", List.of("cotton", "silk"), "ikat", "630291", 400,
                                variant("ZK-RUNNER-1", "40x150", 4800, 10))));
    }

    private static Catalog vardan() {
        return new Catalog("vardan",
                Map.of("bags", texts("Bags and leather goods", "Сумки и кожгалантерея"),
                        "clothing", texts("Clothing", "Одежда")),
                Map.of("AMD", "421.50", "USD", "1.0842", "RUB", "98.40"),
                List.of(
                        product("AM", "ani-leather", "Crossbody bag in vegetable-tanned leather", "Сумка через плечо из кожи",
                                "Cut and saddle-stitched by hand in Gyumri.",
                                "Раскроена и прошита седельным швом вручную в Гюмри.",
                                "bags", List.of("leather", "brass"), "saddle stitch", "420221", 650,
                                variant("VC-BAG-TAN", "tan", 18500, 4), variant("VC-BAG-BLK", "black", 18500, 2)),
                        product("AM", "lori-wool", "Mountain wool cardigan", "Кардиган из горной шерсти",
                                "Knitted from the wool of Lori's mountain sheep.",
                                "Связан из шерсти горных овец Лори.",
                                "clothing", List.of("wool"), "hand knitting", "611011", 700,
                                variant("VC-CARD-M", "M", 14000, 3), variant("VC-CARD-L", "L", 14000, 2)),
                        product("AM", "yerevan-stitch", "Linen dress with Armenian needle lace",
                                "Льняное платье с армянским кружевом",
                                "Linen dress finished with hand-made needle lace.",
                                "Льняное платье с кружевом ручной работы.",
                                "clothing", List.of("linen", "cotton lace"), "needle lace", "620449", 450,
                                variant("VC-DRESS-S", "S", 21000, 2))));
    }

    private static DemoProduct product(String origin, String member, String en, String ru, String aboutEn, String aboutRu,
            String category, List<String> materials, String technique, String hsCode, int grams,
            VariantDraft... variants) {
        return new DemoProduct(member, draft(texts(en, ru), texts(aboutEn, aboutRu), category, materials, technique,
                hsCode, origin, grams, List.of(variants)));
    }

    private static VariantDraft variant(String sku, String option, long euroCents, int stock) {
        return new VariantDraft(null, sku, Map.of("variant", option), Money.of(euroCents, "EUR"), stock);
    }

    private static Map<String, String> texts(String en, String ru) {
        return Map.of("en", en, "ru", ru);
    }
}
