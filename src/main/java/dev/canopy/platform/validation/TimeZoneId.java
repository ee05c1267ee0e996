package dev.canopy.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An IANA time zone such as Asia/Dushanbe (or UTC). */
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = IsoCodeValidators.TimeZone.class)
public @interface TimeZoneId {
    String message() default "must be an IANA time zone such as Asia/Dushanbe";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
