package com.creditline.checkout.order;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A capture of an installment plan names its installment count; pay in full may leave it out (it
 * is one payment). The error is on the field {@code installmentCount}, as a missing field's is.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InstallmentCountRequired.Check.class)
@interface InstallmentCountRequired {

    String message() default "{jakarta.validation.constraints.NotNull.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<InstallmentCountRequired, OrderController.Capture> {

        @Override
        public boolean isValid(OrderController.Capture capture, ConstraintValidatorContext context) {
            if (capture == null
                    || capture.method() == null
                    || !capture.method().isInstallments()
                    || capture.installmentCount() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("installmentCount")
                    .addConstraintViolation();
            return false;
        }
    }
}
