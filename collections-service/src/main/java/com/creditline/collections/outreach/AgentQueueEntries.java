package com.creditline.collections.outreach;

import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.PromiseStatus;
import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.common.delinquency.DelinquencyBucket;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The agents' work queue: the open cases whose queue entry was handed over (or every open case),
 * the most days past due first, with who holds each. A case leaves it when it is cured or charged
 * off.
 */
interface AgentQueueEntries extends Repository<ContactAttempt, UUID> {

    @Query("select new com.creditline.collections.outreach.AgentQueueEntry("
            + "a.id, c.id, c.customerId, c.bucket, c.daysPastDue, c.overdueAmount, a.sentAt, s.agent,"
            + " p.promisedDate, p.amount)"
            + " from CollectionCase c"
            + " left join ContactAttempt a on a.caseId = c.id and a.channel = :channel"
            + " and a.status = :attemptStatus and a.template <> :agentCall"
            + " left join CaseAssignment s on s.caseId = c.id"
            + " left join c.promises p on p.status = :promiseStatus"
            + " where c.status = :caseStatus and (a.id is not null or :everyOpenCase = true)"
            + " and (c.bucket = :bucket or :anyBucket = true)"
            + " and (s.agent = :agent or :anyAgent = true)"
            + " order by c.daysPastDue desc, a.sentAt, c.id")
    List<AgentQueueEntry> find(
            Channel channel,
            AttemptStatus attemptStatus,
            String agentCall,
            PromiseStatus promiseStatus,
            CaseStatus caseStatus,
            boolean everyOpenCase,
            DelinquencyBucket bucket,
            boolean anyBucket,
            String agent,
            boolean anyAgent);

    /** The handed-over open cases, the most days past due first. */
    default List<AgentQueueEntry> entries() {
        return entries(QueueFilter.ALL);
    }

    default List<AgentQueueEntry> entries(QueueFilter filter) {
        return find(
                Channel.AGENT_QUEUE,
                AttemptStatus.SENT,
                ContactAttempt.AGENT_CALL,
                PromiseStatus.OPEN,
                CaseStatus.OPEN,
                filter.everyOpenCase(),
                filter.bucket() == null ? DelinquencyBucket.CURRENT : filter.bucket(),
                filter.bucket() == null,
                filter.agent() == null ? "" : filter.agent(),
                filter.agent() == null);
    }

    /**
     * Which entries to read.
     *
     * @param everyOpenCase every open case, not only those handed to the queue
     * @param bucket only the cases in this bucket; all when null
     * @param agent only the cases this agent holds; all when null
     */
    record QueueFilter(boolean everyOpenCase, DelinquencyBucket bucket, String agent) {
        static final QueueFilter ALL = new QueueFilter(false, null, null);
    }
}
