package com.creditline.repayment.funding;

import com.creditline.repayment.funding.model.Funder;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The funders registered, by id. */
public interface Funders extends JpaRepository<Funder, String> {

    /** Every funder in its order of preference (lower priority first), then by id. */
    List<Funder> findAllByOrderByPriorityAscFunderIdAsc();
}
