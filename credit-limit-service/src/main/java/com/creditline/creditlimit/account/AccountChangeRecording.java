package com.creditline.creditlimit.account;

import com.creditline.common.outbox.Outbox;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.events.credit.CreditAccountStatusChanged;
import com.creditline.events.credit.CreditLimitChanged;
import com.creditline.events.credit.CreditTopics;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a line's changes to the audit trail and, in the same transaction, tells the platform of
 * those that move the effective limit ({@code CreditLimitChanged}) or the status
 * ({@code CreditAccountStatusChanged}).
 */
@Component
class AccountChangeRecording {

    private final AccountChanges changes;
    private final Outbox outbox;

    AccountChangeRecording(AccountChanges changes, Outbox outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    /** Records a change; a null change (nothing changed) records nothing. */
    void record(AccountChange change) {
        if (change == null) {
            return;
        }
        changes.save(change);
        if (change.announcesLimit()) {
            outbox.append(
                    CreditTopics.ACCOUNTS,
                    new CreditLimitChanged(
                            change.customerId().value(),
                            change.oldLimit(),
                            change.newLimit(),
                            change.actor(),
                            change.reason()));
        } else if (change.kind() == AccountChange.Kind.STATUS_CHANGED) {
            outbox.append(
                    CreditTopics.ACCOUNTS,
                    new CreditAccountStatusChanged(
                            change.customerId().value(),
                            change.oldStatus().name(),
                            change.newStatus().name(),
                            change.actor(),
                            change.reason()));
        }
    }

    void recordAll(List<AccountChange> recorded) {
        recorded.forEach(this::record);
    }
}
