package dev.canopy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm in deploy/keycloak signs people in with Canopy's light theme: the theme it names is
 * there, extends Keycloak's plain base templates, lays out for a phone and ships every stylesheet
 * it lists. (Keycloak itself renders it in the stack of deploy/compose.yaml.)
 */
class SignInThemeTest {

    private static final Path KEYCLOAK = Path.of("deploy/keycloak");

    @Test
    void theRealmsLoginThemeIsThereAndLightAndFitsAPhone() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(KEYCLOAK.resolve("canopy-realm.json").toFile());
        Path login = KEYCLOAK.resolve("themes").resolve(realm.path("loginTheme").asText("(none)")).resolve("login");
        Properties theme = new Properties();
        try (Reader in = Files.newBufferedReader(login.resolve("theme.properties"))) {
            theme.load(in);
        }
        assertEquals("base", theme.getProperty("parent"), "the plain templates, without PatternFly");
        assertEquals(null, theme.getProperty("stylesCommon"), "no stock stylesheets");
        assertTrue(theme.getProperty("meta", "").contains("viewport==width=device-width"), "a phone's viewport");
        for (String style : theme.getProperty("styles").split(" ")) {
            Path sheet = login.resolve("resources").resolve(style);
            assertTrue(Files.isRegularFile(sheet), style + " is shipped");
            assertTrue(Files.size(sheet) < 8_192, style + " stays small");
        }
        for (String locale : theme.getProperty("locales").split(",")) {
            assertTrue(realm.path("supportedLocales").toString().contains('"' + locale + '"'),
                    "the realm offers " + locale);
        }
    }
}
