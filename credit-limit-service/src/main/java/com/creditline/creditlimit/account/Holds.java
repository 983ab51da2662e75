package com.creditline.creditlimit.account;

import com.creditline.creditlimit.account.model.Hold;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Holds by order id. */
public interface Holds extends JpaRepository<Hold, String> {

    @Query("select h.orderId from Hold h where h.status = 'OPEN' and h.expiresOn < :date")
    List<String> findExpiredOn(LocalDate date);
}
