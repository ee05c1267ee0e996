package dev.canopy.platform.validation;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.canopy.platform.Countries;

/** Checks codes against the JDK's ISO and IANA tables; null is left to {@code @NotNull}. */
public final class IsoCodeValidators {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** The JDK's IANA zone names (no bare offsets): what a person picks from a list. */
    public static final Set<String> TIME_ZONES = Set.copyOf(java.time.ZoneId.getAvailableZoneIds());

    private IsoCodeValidators() {
    }

    public static final class Country implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Countries.isCode(value);
        }
    }

    public static final class Currency implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CURRENCIES.contains(value);
        }
    }

    public static final class TimeZone implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || TIME_ZONES.contains(value);
        }
    }

    public static final class Language implements ConstraintValidator<LanguageCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LANGUAGES.contains(value);
        }
    }
}
