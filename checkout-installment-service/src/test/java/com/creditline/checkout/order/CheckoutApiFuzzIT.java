package com.creditline.checkout.order;

import com.creditline.common.test.fuzz.ApiFuzz;
import org.junit.jupiter.api.Test;

/**
 * No malformed request to any documented operation is answered with a 5xx; credit-limit's hold
 * API is the module's stub, as in the other HTTP tests.
 */
class CheckoutApiFuzzIT extends CheckoutOnRealInfrastructure {

    @Test
    void shouldAnswerNoMalformedRequestWithAServerError() {
        ApiFuzz.of(port).run().assertNoServerError();
    }
}
