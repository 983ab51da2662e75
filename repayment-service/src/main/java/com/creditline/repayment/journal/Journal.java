package com.creditline.repayment.journal;

import com.creditline.repayment.journal.model.JournalEntry;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The journal's entries, in the order they were posted. Append-only: the database refuses changes. */
public interface Journal extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByReferenceOrderByEntryId(String reference);
}
