package com.creditline.collections.outreach;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: run the processing step now, and read the agents' work queue. */
@RestController
@RequestMapping("/api/v1/admin/collections")
class AdminCollectionsController {

    private final ContactProcessing processing;
    private final AgentQueue queue;

    AdminCollectionsController(ContactProcessing processing, AgentQueue queue) {
        this.processing = processing;
        this.queue = queue;
    }

    @PostMapping("/run")
    RunReport run() {
        return processing.run();
    }

    @GetMapping("/queue")
    List<AgentQueueEntry> queue() {
        return queue.entries();
    }
}
