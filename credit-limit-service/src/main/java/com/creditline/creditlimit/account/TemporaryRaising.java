package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.creditlimit.account.model.CampaignRaiseOffer;
import com.creditline.creditlimit.account.model.CreditAccount;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Festival campaigns' raises, and the record of every raise's start and lapse: each in one
 * transaction with the account row locked, so that two deliveries of one offer, or two replicas
 * recording the same date, are decided one after the other and the second finds the work done.
 */
@Service
class TemporaryRaising {

    private static final Logger log = LoggerFactory.getLogger(TemporaryRaising.class);

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final AccountChangeRecording recording;
    private final BusinessClock clock;

    TemporaryRaising(
            CreditAccounts accounts, AccountChanges changes, AccountChangeRecording recording, BusinessClock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.recording = recording;
        this.clock = clock;
    }

    /**
     * Decides a campaign's offer once per campaign and customer, whatever the redelivery (a unique
     * index on the decision and on the raise backs the check): placed, capped at the ceiling, or not
     * placed, with the reason in the line's history. A raise that starts on or before the business
     * date has its start recorded at once. Returns false when the offer was decided before, or the
     * customer has no line (nothing to raise: logged with the campaign, not the customer).
     */
    @Transactional
    public boolean offer(CampaignRaiseOffer offer) {
        CreditAccount account = accounts.lockById(offer.customerId()).orElse(null);
        if (account == null) {
            log.info("campaign {} offered a raise to a customer without a credit line", offer.campaignId());
            return false;
        }
        if (changes.existsByCustomerIdAndCampaignId(offer.customerId(), offer.campaignId())) {
            return false;
        }
        LocalDate today = clock.businessDate();
        recording.record(account.placeCampaignRaise(offer, today, clock.now()));
        recording.recordAll(account.recordRaiseDates(today, clock.now()));
        return true;
    }

    /** Records the starts and lapses of the customer's raises due by {@code date}; returns how many. */
    @Transactional
    public int recordRaiseDates(CustomerId customerId, LocalDate date) {
        CreditAccount account = accounts.lockById(customerId).orElseThrow(AccountNotFound::new);
        List<AccountChange> recorded = account.recordRaiseDates(date, clock.now());
        recording.recordAll(recorded);
        return recorded.size();
    }
}
