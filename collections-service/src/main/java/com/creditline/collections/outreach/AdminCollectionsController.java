package com.creditline.collections.outreach;

import com.creditline.common.security.Access;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: a collector runs the processing step now; any staff member reads the agents' work queue. */
@RestController
@RequestMapping("/api/v1/admin/collections")
class AdminCollectionsController {

    private final ContactProcessing processing;
    private final AgentQueueEntries queue;

    AdminCollectionsController(ContactProcessing processing, AgentQueueEntries queue) {
        this.processing = processing;
        this.queue = queue;
    }

    @PostMapping("/run")
    @PreAuthorize(Access.COLLECTOR)
    RunReport run() {
        return processing.run();
    }

    @GetMapping("/queue")
    @PreAuthorize(Access.STAFF)
    List<AgentQueueEntry> queue() {
        return queue.entries();
    }
}
