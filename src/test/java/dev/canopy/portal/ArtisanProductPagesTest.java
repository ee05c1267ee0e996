package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The artisan's portal pages: my products, the editor, sending to review, stock in bulk. */
@QuarkusTest
class ArtisanProductPagesTest extends WorkshopPortalTest {

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void editorCreatesAProductInTwoLanguagesWithAPriceInMajorUnits() {
        session.get("/portal/consortia/{c}/members/{m}/products/new", consortium, member).then().statusCode(200)
                .body(containsString("name=\"title.en\""))
                .body(containsString("name=\"title.ru\""))
                .body(containsString("Price in EUR"));

        String location = session.post("/portal/consortia/{c}/members/{m}/products", carpet("Pamir kilim", "240.50"),
                consortium, member).then().statusCode(303).extract().header("Location");

        String id = location.replaceFirst(".*/products/([^?]+)\\?saved=1$", "$1");
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("title.ru", equalTo("Памирский килим"))
                .body("materials", equalTo(List.of("wool", "natural dyes")))
                .body("hsCode", equalTo("570110"))
                .body("variants[0].options.size", equalTo("120x180"))
                .body("variants[0].price.amount", equalTo(24050));
        session.get(location).then().statusCode(200)
                .body(containsString("Saved."))
                .body(containsString("value=\"240.50\""))
                .body(containsString("Send for review"));
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndSavesNothing() {
        session.post("/portal/consortia/{c}/members/{m}/products", carpet("Pamir kilim", "two hundred"), consortium,
                member).then().statusCode(400)
                .body(containsString("Nothing was saved"))
                .body(containsString("Price (variant 1): must be a price like 240.50"))
                .body(containsString("value=\"Pamir kilim\""));
        session.post("/portal/consortia/{c}/members/{m}/products", with(carpet("Kilim", "10"), "hsCode", "12"),
                consortium, member).then().statusCode(400)
                .body(containsString("HS code: must be 6 to 10 digits"));
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products", consortium, member).then()
                .body("total", equalTo(0));
    }

    @Test
    void listShowsStatusBadgesAndSubmittingSendsTheDraftToReview() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Suzani", "Сюзане", 900));

        session.get("/portal/consortia/{c}/members/{m}/products", consortium, member).then().statusCode(200)
                .body(containsString("<span class=\"badge status-draft\">Draft</span>"));
        session.post("/portal/consortia/{c}/members/{m}/products/{id}/submit", Map.of(), consortium, member, id)
                .then().statusCode(303).header("Location", endsWith("/products?submitted=1"));

        session.get("/portal/consortia/{c}/members/{m}/products?lang=ru", consortium, member).then()
                .body(containsString("<span class=\"badge status-pending_review\">На проверке</span>"))
                .body(not(containsString("Отправить на проверку</button>")));
    }

    @Test
    void savingNewStockKeepsAPublishedProductPublishedButANewPriceOrTitleGoesBackToReview() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        Map<String, Object> form = editorFieldsOf(id);

        session.post("/portal/consortia/{c}/members/{m}/products/{id}", with(form, "variant.0.stock", "1"),
                consortium, member, id).then().statusCode(303);
        status(id, "published");
        stock(id, 1);

        session.post("/portal/consortia/{c}/members/{m}/products/{id}", with(form, "title.en", "Walnut kilim"),
                consortium, member, id).then().statusCode(303);
        status(id, "pending_review");
    }

    @Test
    void aNewPriceOfAPublishedProductWaitsForReviewAndTheEditorSaysWhatShoppersPayMeanwhile() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));

        String location = session.post("/portal/consortia/{c}/members/{m}/products/{id}",
                with(editorFieldsOf(id), "variant.0.price", "65"), consortium, member, id).then().statusCode(303)
                .extract().header("Location");

        status(id, "pending_review");
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then()
                .body("variants[0].price.amount", equalTo(5000));
        session.get(location).then().statusCode(200)
                .body(containsString("value=\"65.00\""))
                .body(containsString("Shoppers pay 50.00 EUR until the brand approves the new price."));
        session.get(location.replace("saved=1", "lang=ru")).then()
                .body(containsString("Покупатели платят 50.00 EUR, пока бренд не одобрит новую цену."));
    }

    @Test
    void aVariantAddedToAPublishedProductWaitsForReviewAndTheEditorSaysSo() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        Map<String, Object> form = with(editorFieldsOf(id), "variant.1.sku", Fixtures.unique("KILIM"));
        form.put("variant.1.size", "200x300");
        form.put("variant.1.price", "90");
        form.put("variant.1.stock", "1");

        String location = session.post("/portal/consortia/{c}/members/{m}/products/{id}", form, consortium, member,
                id).then().statusCode(303).extract().header("Location");

        status(id, "pending_review");
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().body("variants.size()", equalTo(1));
        session.get(location).then().statusCode(200)
                .body(containsString("Shoppers see this variant once the brand approves it."))
                .body(not(containsString("until the brand approves the new price")));
    }

    @Test
    void stockOfEveryVariantIsCountedInOneForm() {
        String first = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Rug", "Ковёр", 900));
        String second = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Mat", "Коврик", 900));
        Map<String, Object> counted = new HashMap<>();
        counted.put("stock." + variantOf(first), "7");
        counted.put("stock." + variantOf(second), "0");

        session.get("/portal/consortia/{c}/members/{m}/stock", consortium, member).then().statusCode(200)
                .body(containsString("name=\"stock." + variantOf(first) + "\""));
        session.post("/portal/consortia/{c}/members/{m}/stock", counted, consortium, member).then().statusCode(303);

        stock(first, 7);
        stock(second, 0);
        counted.put("stock." + variantOf(first), "lots");
        session.post("/portal/consortia/{c}/members/{m}/stock", counted, consortium, member).then().statusCode(400)
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("Stock: must be a whole number, 0 or more"));
        stock(first, 7);
    }

    @Test
    void listShowsThumbnailPriceAndStockAndItsQuickStockFormComesBackToTheList() {
        String token = Tokens.person(artisan);
        String id = Products.draft(consortium, member, token, Products.carpet("Suzani", "Сюзане", 4500));
        String image = Products.photo(consortium, member, token, id);

        session.get("/portal/consortia/{c}/members/{m}/products?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("src=\"/portal/consortia/" + consortium + "/media/" + image + "/thumb.jpg\""))
                .body(containsString("Price from 45.00 EUR · In stock: 3"))
                .body(containsString("name=\"stock." + variantOf(id) + "\""));
        session.post("/portal/consortia/{c}/members/{m}/stock", Map.of("stock." + variantOf(id), "9", "back",
                "products"), consortium, member).then().statusCode(303)
                .header("Location", endsWith("/products?stocked=1"));

        stock(id, 9);
        session.get("/portal/consortia/{c}/members/{m}/products?stocked=1&lang=en", consortium, member).then()
                .body(containsString("Stock saved."))
                .body(containsString("In stock: 9"));
    }

    @Test
    void theEditorKeepsOptionsItHasNoColumnForAndSetsTheWeeklyCapacity() {
        Map<String, Object> rug = Products.carpet("Rug", "Ковёр", 900);
        rug.put("variants", List.of(Map.of("sku", Fixtures.unique("RUG"), "options", Map.of("size", "120x180",
                "pile", "low"), "price", Map.of("amount", 900, "currency", "EUR"), "stock", 3)));
        String id = Products.draft(consortium, member, Tokens.person(artisan), rug);
        Map<String, Object> form = editorFieldsOf(id);
        form.put("variant.0.size", "120x180");
        form.put("variant.0.colour", "indigo");
        form.put("weeklyCapacity", "4");

        session.post("/portal/consortia/{c}/members/{m}/products/{id}", form, consortium, member, id).then()
                .statusCode(303);

        saved(id).body("variants[0].options", equalTo(Map.of("size", "120x180", "colour", "indigo", "pile", "low")))
                .body("weeklyCapacity", equalTo(4));
        session.get("/portal/consortia/{c}/members/{m}/products/{id}?lang=en", consortium, member, id).then()
                .body(containsString(
                        "name=\"weeklyCapacity\" type=\"number\" min=\"0\" max=\"10000\" step=\"1\" inputmode=\"numeric\" value=\"4\""));
    }

    @Test
    void anotherWorkshopsProductsAreNotFoundAndFormsNeedTheirToken() {
        String other = Fixtures.member(consortium, manager);
        String theirs = Products.draft(consortium, other, Tokens.person(manager), Products.carpet("Theirs", "Их", 900));

        session.get("/portal/consortia/{c}/members/{m}/products", consortium, other).then().statusCode(404);
        session.get("/portal/consortia/{c}/members/{m}/products/{id}", consortium, other, theirs).then().statusCode(404);
        session.post("/portal/consortia/{c}/members/{m}/products/{id}/submit", Map.of(), consortium, other, theirs)
                .then().statusCode(404);
        session.request().contentType("application/x-www-form-urlencoded").formParams(carpet("Kilim", "1"))
                .post("/portal/consortia/{c}/members/{m}/products", consortium, member).then().statusCode(403);
    }

    private Map<String, Object> editorFieldsOf(String id) {
        Map<String, Object> form = carpet("Kilim", "50.00");
        form.put("title.ru", "Килим");
        form.put("description.en", "Hand-knotted wool from the Pamirs");
        form.put("description.ru", "Ручная шерсть с Памира");
        form.put("variant.0.id", variantOf(id));
        form.put("variant.0.sku", saved(id).extract().path("variants[0].sku"));
        return form;
    }

    private String variantOf(String product) {
        return saved(product).extract().path("variants[0].id");
    }

    private void status(String product, String expected) {
        saved(product).body("status", equalTo(expected));
    }

    private void stock(String product, int expected) {
        saved(product).body("variants[0].stock", equalTo(expected));
    }

    /** The product as the catalog API holds it. */
    private ValidatableResponse saved(String product) {
        return as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member,
                product).then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, String value) {
        Map<String, Object> changed = new HashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    /** The editor's fields as the artisan fills them in for a new carpet, with a blank new-variant row. */
    private static Map<String, Object> carpet(String titleEn, String price) {
        Map<String, Object> form = new HashMap<>();
        form.put("title.en", titleEn);
        form.put("title.ru", "Памирский килим");
        form.put("description.en", "Hand-knotted wool");
        form.put("description.ru", "Ручная шерсть");
        form.put("category", "");
        form.put("materials", "wool, natural dyes");
        form.put("technique", "hand-knotted");
        form.put("hsCode", "570110");
        form.put("originCountry", "TJ");
        form.put("weightGrams", "1200");
        form.put("leadTimeDays", "");
        form.put("variant.0.id", "");
        form.put("variant.0.sku", Fixtures.unique("KILIM"));
        form.put("variant.0.size", "120x180");
        form.put("variant.0.price", price);
        form.put("variant.0.stock", "3");
        form.put("variant.1.id", "");
        form.put("variant.1.sku", "");
        form.put("variant.1.size", "");
        form.put("variant.1.price", "");
        form.put("variant.1.stock", "");
        return form;
    }
}
