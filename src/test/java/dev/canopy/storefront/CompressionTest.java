package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** Text goes out compressed to a client that accepts gzip, and as it is to one that does not. */
@QuarkusTest
class CompressionTest {

    @Test
    void pagesStylesScriptsAndApiAnswersAreGzippedWhenTheClientAcceptsIt() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        for (String path : new String[] { "/shop/" + shop + "/", "/shop/" + shop + "/products", "/static/canopy.css",
                "/static/images.js", "/api/v1/store/" + shop }) {
            gzipAccepted().get(path).then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                    .header("Vary", containsString("Accept-Encoding"));
        }
    }

    @Test
    void aClientThatAcceptsNoEncodingGetsThePlainText() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").get("/shop/{c}/", shop).then().statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void pagesSayTheyVaryByLanguageAsTheyAnswerInTheOneAcceptLanguageAsksFor() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        given().header("Accept-Language", "ru").get("/shop/{c}/", shop).then().statusCode(200)
                .header("Vary", equalTo("Accept-Encoding, Accept-Language")).body(containsString("lang=\"ru\""));
        given().get("/static/canopy.css").then().header("Vary", equalTo("Accept-Encoding"));
    }

    /** A request that says it accepts gzip only; rest-assured still decodes the answer. */
    private static RequestSpecification gzipAccepted() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                .contentDecoders(DecoderConfig.ContentDecoder.GZIP)));
    }
}
