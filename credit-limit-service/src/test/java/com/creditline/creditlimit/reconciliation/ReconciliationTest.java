package com.creditline.creditlimit.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    static final CustomerId C1 = CustomerId.of("c-1");
    static final CustomerId C2 = CustomerId.of("c-2");

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void shouldFindNothingWhenTheBooksAgree() {
        List<Difference> differences = Reconciliation.compare(
                Map.of(C1, new Reconciliation.Line(yuan("1100.00"), yuan("300.00"))),
                Map.of(C1, new Reconciliation.Ledger(yuan("1100.00"), 2)),
                Map.of(C1, new Reconciliation.Orders(yuan("300.00"), 2)));

        assertThat(differences).isEmpty();
    }

    @Test
    void shouldReportEachDisagreementWithItsLikelyCause() {
        List<Difference> differences = Reconciliation.compare(
                Map.of(
                        C1, new Reconciliation.Line(yuan("1100.00"), yuan("0.00")),
                        C2, new Reconciliation.Line(yuan("0.00"), yuan("500.00"))),
                Map.of(C1, new Reconciliation.Ledger(yuan("900.00"), 2)),
                Map.of(C1, new Reconciliation.Orders(yuan("0.00"), 3)));

        assertThat(differences)
                .extracting(Difference::customerId, Difference::check, Difference::difference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(C1, Difference.Check.OUTSTANDING, yuan("200.00")),
                        org.assertj.core.groups.Tuple.tuple(C1, Difference.Check.PLANS, yuan("1")),
                        org.assertj.core.groups.Tuple.tuple(C2, Difference.Check.HELD, yuan("500.00")));
        assertThat(differences.get(0).cause()).contains("PrincipalReduced");
        assertThat(differences.get(2).cause()).contains("leaked");
    }
}
