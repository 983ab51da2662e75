package com.creditline.collections.outreach;

import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.PromiseStatus;
import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Channel;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The agents' work queue: the open cases whose queue entry was handed over, the latest days past
 * due first. A case leaves it when it is cured or charged off.
 */
interface AgentQueueEntries extends Repository<ContactAttempt, UUID> {

    @Query("select new com.creditline.collections.outreach.AgentQueueEntry("
            + "a.id, c.id, c.customerId, c.bucket, c.daysPastDue, c.overdueAmount, a.sentAt, p.promisedDate, p.amount)"
            + " from ContactAttempt a join CollectionCase c on c.id = a.caseId"
            + " left join c.promises p on p.status = :promiseStatus"
            + " where a.channel = :channel and a.status = :attemptStatus and c.status = :caseStatus"
            + " order by c.daysPastDue desc, a.sentAt, a.id")
    List<AgentQueueEntry> find(
            Channel channel, AttemptStatus attemptStatus, CaseStatus caseStatus, PromiseStatus promiseStatus);

    default List<AgentQueueEntry> entries() {
        return find(Channel.AGENT_QUEUE, AttemptStatus.SENT, CaseStatus.OPEN, PromiseStatus.OPEN);
    }
}
