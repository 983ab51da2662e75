package com.creditline.checkout.order;

import com.creditline.checkout.order.model.CaptureIntent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Capture intents by capture id. */
public interface CaptureIntents extends JpaRepository<CaptureIntent, String> {

    @Query("select i.captureId from CaptureIntent i where i.completedAt is null and i.createdAt < :before")
    List<String> findUnfinishedBefore(Instant before);
}
