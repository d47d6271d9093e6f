package org.sijill.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A query parameter naming a date in a "when" form (YYYY-MM-DD, YYYY-MM or YYYY) within the record's period. */
@Constraint(validatedBy = DateParam.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface DateParam {
    String message() default "must be a date: YYYY-MM-DD, YYYY-MM or YYYY";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Names the one thing wrong with the date: its form, its reality or its period. */
    class Check implements ConstraintValidator<DateParam, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = Params.dateProblem(value);
            if (problem != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            }
            return problem == null;
        }
    }
}
