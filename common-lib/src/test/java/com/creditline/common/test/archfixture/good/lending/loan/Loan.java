package com.creditline.common.test.archfixture.good.lending.loan;

import com.creditline.common.test.archfixture.good.common.Amount;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The model: plain Java with JPA annotations, which are allowed. */
@Entity
public class Loan {

    @Id
    private String id;

    private Amount principal;

    public static Loan open(String id, Amount principal) {
        Loan loan = new Loan();
        loan.id = id;
        loan.principal = principal;
        return loan;
    }

    public String id() {
        return id;
    }
}
