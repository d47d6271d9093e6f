package org.sijill.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A query parameter naming an instant of record time, ISO-8601 UTC. */
@Constraint(validatedBy = InstantParam.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface InstantParam {
    String message() default "must be an ISO-8601 UTC instant such as 2026-11-23T16:40:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<InstantParam, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Params.isInstant(value);
        }
    }
}
