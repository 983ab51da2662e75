package com.creditline.deploy;

import java.util.List;

/** One of the platform's six services: its module, default port and schema. */
public enum Service {
    CREDIT_LIMIT("credit-limit-service", "credit-limit", 8081, "credit_limit", "CREDIT_LIMIT_URL"),
    CHECKOUT("checkout-installment-service", "checkout", 8082, "checkout", "CHECKOUT_URL"),
    REPAYMENT("repayment-service", "repayment", 8083, "repayment", "REPAYMENT_URL"),
    RISK_SCORING("risk-scoring-service", "risk-scoring", 8084, "risk_scoring", "RISK_SCORING_URL"),
    COLLECTIONS("collections-service", "collections", 8085, "collections", "COLLECTIONS_URL"),
    GATEWAY("gateway-service", "gateway", 8080, "gateway", null);

    public final String module;
    public final String shortName;
    final int defaultPort;
    final String schema;
    final String urlVariable;

    Service(String module, String shortName, int defaultPort, String schema, String urlVariable) {
        this.module = module;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
        this.schema = schema;
        this.urlVariable = urlVariable;
    }

    static List<Service> backends() {
        return List.of(CREDIT_LIMIT, CHECKOUT, REPAYMENT, RISK_SCORING, COLLECTIONS);
    }
}
