package com.creditline.creditlimit.account;

import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.LineKind;
import com.creditline.creditlimit.account.model.MerchantLineDecision;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchant lines as risk-scoring decides them: the first approved decision opens the merchant's
 * MERCHANT line, a later one sets its limit; each limit within the merchant's written limits, each
 * change in the account's history under {@link MerchantLineDecision#ACTOR} with the decision's
 * reasons and model.
 */
@Service
public class MerchantLineServicing {

    private static final Logger log = LoggerFactory.getLogger(MerchantLineServicing.class);

    private final CreditAccounts accounts;
    private final CreditLineServicing lines;
    private final AccountChangeRecording recording;
    private final BusinessClock clock;
    private final MerchantLineRules rules;

    MerchantLineServicing(
            CreditAccounts accounts,
            CreditLineServicing lines,
            AccountChangeRecording recording,
            BusinessClock clock,
            MerchantLineRules rules) {
        this.accounts = accounts;
        this.lines = lines;
        this.recording = recording;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Opens the merchant's line with the decided limit (capped at the maximum), or sets the limit of
     * the line it has; a decision older than the one applied changes nothing. A limit below the
     * minimum opens and changes nothing (logged), like a declined decision, and neither touches a
     * consumer line of the same id (there should be none: no customer id starts with "mch-").
     */
    @Transactional
    public void decided(MerchantLineDecision decided) {
        Money limit = rules.limits().limitFor(decided.limit());
        if (limit == null) {
            log.warn(
                    "merchant line decision {} below the minimum limit: nothing opened nor changed",
                    decided.decisionId());
            return;
        }
        MerchantLineDecision decision = decided.limited(limit);
        lines.open(new OpeningCreditLine(
                decision.customerId(),
                limit,
                decision.grade(),
                "TIER_" + decision.grade(),
                MerchantLineDecision.ACTOR,
                decision.reason(),
                LineKind.MERCHANT));
        CreditAccount account = accounts.lockById(decision.customerId()).orElseThrow(AccountNotFound::new);
        if (account.kind() != LineKind.MERCHANT) {
            log.warn("merchant line decision {} for a consumer line: ignored", decision.decisionId());
            return;
        }
        recording.record(account.followMerchantDecision(decision, clock.now()));
    }
}
