package dev.canopy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PostalCodesTest {

    @Test
    void everyCountrysOwnExampleIsAccepted() {
        for (String country : Locale.getISOCountries()) {
            PostalCodes.example(country).ifPresent(example -> assertEquals(Optional.empty(),
                    PostalCodes.refusal(country, example), country + " refuses its own example " + example));
        }
    }

    @Test
    void codesOfTheWrongShapeAreRefusedAndWrittenAsThePostDoes() {
        assertTrue(PostalCodes.refusal("DE", "1043").isPresent());
        assertTrue(PostalCodes.refusal("US", "ABCDE").isPresent());
        assertTrue(PostalCodes.refusal("AE", "12345").isPresent(), "the Emirates have no postal codes");
        assertEquals(Optional.empty(), PostalCodes.refusal("GB", " sw1a  1aa "));
        assertEquals("SW1A 1AA", PostalCodes.normal(" sw1a  1aa "));
        assertEquals(Optional.empty(), PostalCodes.refusal("AE", ""));
    }
}
