package com.creditline.checkout.customer;

import com.creditline.checkout.pricing.Grade;
import com.creditline.common.id.CustomerId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The risk grade that prices a customer's plans, as risk-scoring-service last decided it. */
@Entity
@Table(name = "customer_profile")
public class CustomerProfile {

    @Id
    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private Instant updatedAt;

    protected CustomerProfile() {}

    CustomerProfile(CustomerId customerId, Grade grade, Instant at) {
        this.customerId = customerId;
        this.grade = grade;
        this.updatedAt = at;
    }

    void regrade(Grade newGrade, Instant at) {
        grade = newGrade;
        updatedAt = at;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Grade grade() {
        return grade;
    }
}
