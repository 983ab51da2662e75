package com.creditline.repayment.merchant.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import org.junit.jupiter.api.Test;

class MerchantSaleTest {

    private final MerchantSale sale = new MerchantSale(Money.of("1000.00"), Money.of("6.00"), Money.of("33.33"));

    @Test
    void shouldOweTheMerchantItsSaleLessWhatItsTermsKeepBack() {
        assertThat(sale.netPayable()).isEqualTo(Money.of("960.67"));
    }

    @Test
    void shouldGiveBackTheRefundedShareOfTheDiscountAndTheSubsidy() {
        MerchantSale.Returned returned = sale.returned(Money.ZERO, Money.of("250.00"));

        assertThat(returned.discount()).isEqualTo(Money.of("1.50"));
        assertThat(returned.subsidy()).isEqualTo(Money.of("8.33"));
    }

    @Test
    void shouldGiveBackExactlyAllWhenTheWholePrincipalIsRefundedInPieces() {
        Money given = Money.ZERO;
        Money refunded = Money.ZERO;
        for (String piece : new String[] {"333.33", "333.33", "333.34"}) {
            given = given.plus(sale.returned(refunded, Money.of(piece)).total());
            refunded = refunded.plus(Money.of(piece));
        }

        assertThat(given).isEqualTo(Money.of("39.33"));
    }

    @Test
    void shouldGiveNothingBackBeyondThePrincipal() {
        assertThat(sale.returned(Money.of("1000.00"), Money.of("5.00")).total()).isEqualTo(Money.ZERO);
    }
}
