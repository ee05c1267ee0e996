package dev.canopy.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.canopy.platform.Money;

/**
 * A price of at most {@link Money#MAX_PRICE} major units in its own currency: bounded so that every
 * conversion, line and total stays far inside a long, whatever the currency and quantity.
 */
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = PriceLimit.Check.class)
public @interface PriceLimit {
    String message() default "must be at most 1,000,000.00 in its currency";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PriceLimit, Money> {
        @Override
        public boolean isValid(Money price, ConstraintValidatorContext context) {
            return price == null || price.amount() == null || price.currency() == null || price.withinPriceLimit();
        }
    }
}
