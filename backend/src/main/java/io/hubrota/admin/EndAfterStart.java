package io.hubrota.admin;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class-level check that a {@link TimeRange} ends after it starts on the same day (hub sessions and practice
 * commitments never run past midnight). The error is reported on the end field, named by {@link #field()}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndAfterStartValidator.class)
@interface EndAfterStart {

    String message() default "must be after the start";

    String field() default "end";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
