package io.hubrota.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class EndAfterStartValidator implements ConstraintValidator<EndAfterStart, TimeRange> {

    private String field;

    @Override
    public void initialize(EndAfterStart annotation) {
        field = annotation.field();
    }

    @Override
    public boolean isValid(TimeRange range, ConstraintValidatorContext context) {
        // Missing times are reported by @NotNull on the fields themselves.
        if (range == null || range.start() == null || range.end() == null || range.end().isAfter(range.start())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
