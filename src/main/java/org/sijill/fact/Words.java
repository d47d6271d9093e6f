package org.sijill.fact;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A word of the {@link Vocabulary} set of this name ({@code kind} names the fact kinds). On a kind record's
 * component it declares the field ({@link Field}; the set is found when {@link FactKind} loads, so a misspelt
 * name fails every test at once, naming the component); on a query parameter, or a list's elements, it is the
 * Bean Validation constraint that refuses any other word (an empty text included; null is left to
 * {@code @NotNull}).
 */
@Constraint(validatedBy = Words.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE_USE})
public @interface Words {
    String value();

    String message() default "is not a known word";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Says which words are allowed, in code order. */
    class Check implements ConstraintValidator<Words, String> {
        private Set<String> codes = Set.of();

        @Override
        public void initialize(Words words) {
            codes = Vocabulary.codes(words.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || codes.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", codes.stream().sorted().toList()))
                    .addConstraintViolation();
            return false;
        }
    }
}
