package com.creditline.checkout.order;

import com.creditline.checkout.fraud.FraudReason;
import com.creditline.checkout.order.model.FinancedOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Counts authorisations decided, by outcome, and declines by reason, for the dashboards. Every
 * outcome and every known reason is registered at zero from the start, so that a first decline
 * shows as an increase rather than as a new series.
 */
@Component
class AuthorisationMeters {

    /** Authorisations decided, tagged with the outcome: authorised, in_review or declined. */
    static final String AUTHORISATIONS = "creditline.authorisations";

    /** Declines by reason (a fraud reason or the line's refusal); one per reason of a decline. */
    static final String DECLINES = "creditline.authorisation.declines";

    private final MeterRegistry meters;

    AuthorisationMeters(MeterRegistry meters) {
        this.meters = meters;
        Stream.of(FinancedOrder.Status.AUTHORISED, FinancedOrder.Status.IN_REVIEW, FinancedOrder.Status.DECLINED)
                .forEach(this::authorisations);
        Stream.concat(
                        Stream.of(FraudReason.values()).map(Enum::name),
                        Stream.of(CreditLineClient.Refusal.values()).map(Enum::name))
                .forEach(this::declines);
    }

    /** Counts a decided authorisation (not a replay of one). */
    void decided(FinancedOrder order) {
        authorisations(order.status()).increment();
        if (order.status() == FinancedOrder.Status.DECLINED) {
            order.reasons().forEach(reason -> declines(reason).increment());
        }
    }

    private Counter authorisations(FinancedOrder.Status outcome) {
        return Counter.builder(AUTHORISATIONS)
                .description("Authorisations decided, by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }

    private Counter declines(String reason) {
        return Counter.builder(DECLINES)
                .description("Declined authorisations, by reason")
                .tag("reason", reason)
                .register(meters);
    }
}
