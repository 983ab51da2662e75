package com.creditline.repayment.payment;

import com.creditline.common.money.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A money amount above zero (null is left to {@code @NotNull}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositiveAmount.Check.class)
public @interface PositiveAmount {

    String message() default "must be more than zero";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    public class Check implements ConstraintValidator<PositiveAmount, Money> {

        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || value.isPositive();
        }
    }
}
