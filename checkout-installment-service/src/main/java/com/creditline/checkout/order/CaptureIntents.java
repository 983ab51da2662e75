package com.creditline.checkout.order;

import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.common.id.CaptureId;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Capture intents by capture id. */
public interface CaptureIntents extends JpaRepository<CaptureIntent, CaptureId> {

    /** The captures unfinished since before the given time: a capture that never completed. */
    @Query("select i from CaptureIntent i where i.completedAt is null and i.createdAt < :before")
    List<CaptureIntent> findUnfinishedBefore(Instant before);
}
