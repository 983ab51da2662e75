package com.creditline.checkout.order;

import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.common.id.CaptureId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Capture intents by capture id. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else.
 */
public interface CaptureIntents extends JpaRepository<CaptureIntent, String> {

    default Optional<CaptureIntent> find(CaptureId captureId) {
        return findById(captureId.value());
    }

    @Query("select new com.creditline.common.id.CaptureId(i.captureId) from CaptureIntent i"
            + " where i.completedAt is null and i.createdAt < :before")
    List<CaptureId> findUnfinishedBefore(Instant before);
}
