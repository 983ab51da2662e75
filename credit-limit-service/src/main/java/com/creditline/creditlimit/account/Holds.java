package com.creditline.creditlimit.account;

import com.creditline.common.id.OrderId;
import com.creditline.creditlimit.account.model.Hold;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Holds by order id. */
public interface Holds extends JpaRepository<Hold, OrderId> {

    /** Holds still open after their last day; each is lapsed in its own transaction. */
    @Query("select h from Hold h where h.status = 'OPEN' and h.expiresOn < :date")
    List<Hold> findExpiredOn(LocalDate date);
}
