package com.creditline.creditlimit.account;

import com.creditline.creditlimit.account.model.TemporaryRaise;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Temporary raises across lines, for the record of their starts and lapses. */
interface TemporaryRaises extends Repository<TemporaryRaise, UUID> {

    /** The customers with a raise whose start {@code date} has reached or whose lapse it has passed, unrecorded. */
    @Query(
            value = "SELECT DISTINCT customer_id FROM temporary_raise"
                    + " WHERE (NOT start_recorded AND starts_on <= :date) OR (NOT lapse_recorded AND ends_on < :date)",
            nativeQuery = true)
    List<String> customersWithRaiseDatesDue(LocalDate date);
}
