package com.creditline.common.inbox;

import com.creditline.common.security.Access;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops read the messages this service could not process. */
@RestController
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/v1/admin/dead-letters")
    @PreAuthorize(Access.STAFF)
    public List<Map<String, Object>> latest(@RequestParam(defaultValue = "50") int limit) {
        return deadLetters.latest(Math.max(1, Math.min(limit, 500)));
    }
}
