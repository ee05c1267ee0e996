package dev.canopy.testsupport;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.canopy.media.Pictures;

/** Products made through the API, in the contract's request shape. */
public final class Products {

    private Products() {
    }

    /** The contract's example body, with a unique SKU. */
    public static Map<String, Object> carpet(String titleEn, String titleRu, long priceCents) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("en", titleEn, "ru", titleRu));
        body.put("description", Map.of("en", "Hand-knotted wool from the Pamirs", "ru", "Ручная шерсть с Памира"));
        body.put("materials", List.of("wool", "natural dyes"));
        body.put("technique", "hand-knotted");
        body.put("hsCode", "570110");
        body.put("originCountry", "TJ");
        body.put("weightGrams", 1200);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("SKU"), "options", Map.of("size", "120x180"),
                "price", Map.of("amount", priceCents, "currency", "EUR"), "stock", 3)));
        return body;
    }

    /** The contract's example body with one variant: this SKU, price (in euro cents) and stock. */
    public static Map<String, Object> carpet(String titleEn, String titleRu, long priceCents, String sku, int stock) {
        Map<String, Object> body = carpet(titleEn, titleRu, priceCents);
        body.put("variants", List.of(Map.of("sku", sku, "price", Map.of("amount", priceCents, "currency", "EUR"),
                "stock", stock)));
        return body;
    }

    /** Creates a draft and answers its id. */
    public static String draft(String consortium, String member, String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(201).extract().path("id");
    }

    /** Creates, submits and approves a product; answers its id. */
    public static String published(String consortium, String member, String managerEmail, Map<String, Object> body) {
        String manager = Tokens.person(managerEmail);
        String id = draft(consortium, member, manager, body);
        submitAndApprove(consortium, member, manager, id);
        return id;
    }

    /** Uploads a photo to a product; answers the image's id. */
    public static String photo(String consortium, String member, String token, String product) {
        return given().auth().oauth2(token).multiPart("file", "photo.jpg", Pictures.jpeg(400, 300), "image/jpeg")
                .post("/api/v1/consortia/{c}/members/{m}/products/{id}/images", consortium, member, product)
                .then().statusCode(201).extract().path("id");
    }

    /** Creates a product with one photo and publishes it; answers the photo's id. */
    public static String publishedPhoto(String consortium, String member, String managerEmail) {
        String manager = Tokens.person(managerEmail);
        String id = draft(consortium, member, manager, carpet("Suzani", "Сюзане", 2500));
        String image = photo(consortium, member, manager, id);
        submitAndApprove(consortium, member, manager, id);
        return image;
    }

    /** Submits a draft and has it approved; {@code manager} is the manager's token. */
    public static void submitAndApprove(String consortium, String member, String manager, String id) {
        as(manager).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, id)
                .then().statusCode(200);
        as(manager).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id).then().statusCode(200);
    }
}
