package com.creditline.creditlimit.account.model;

/**
 * Where a credit account stands; only ACTIVE accounts may spend. Arrears make an ACTIVE line
 * DELINQUENT and a cure makes a DELINQUENT line ACTIVE again, nothing else: a FROZEN line (a fraud
 * decline, ops, collections) stays frozen whatever the arrears until an officer lifts the freeze
 * (no automatic rule does), and a CLOSED one closed. A charge-off closes a line for good; what was
 * owed leaves it through the charge-off's principal reductions, which a closed line still takes.
 */
public enum AccountStatus {
    ACTIVE,
    FROZEN,
    DELINQUENT,
    CLOSED;

    /** Whether a freeze changes this status: a frozen line is frozen already, a closed one stays closed. */
    boolean freezable() {
        return this != FROZEN && this != CLOSED;
    }

    /** The status after the days past due moved to {@code daysPastDue}; this one when it stays. */
    AccountStatus afterArrears(int daysPastDue) {
        if (daysPastDue > 0 && this == ACTIVE) {
            return DELINQUENT;
        }
        return daysPastDue == 0 && this == DELINQUENT ? ACTIVE : this;
    }
}
