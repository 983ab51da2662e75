package com.creditline.collections.outreach;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations: a collector runs the processing step now; any staff member reads the agents' work queue. */
@RestController
@RequestMapping("/api/v1/admin/collections")
@Tag(
        name = "Collections operations",
        description = "Running the contact processing and reading the agents' work queue.")
class AdminCollectionsController {

    private final ContactProcessing processing;
    private final AgentQueueEntries queue;

    AdminCollectionsController(ContactProcessing processing, AgentQueueEntries queue) {
        this.processing = processing;
        this.queue = queue;
    }

    @PostMapping("/run")
    @Operation(
            summary = "Run the contact processing now",
            description = "A collector runs now what the schedule runs on its own: breaks the promises to"
                    + " pay that lapsed before the business date, then sends, defers (outside the"
                    + " customer's contact window) or skips each contact attempt due. Answers how many of"
                    + " each it did.")
    @ApiResponse(responseCode = "200", description = "What the run did.")
    @PreAuthorize(Access.COLLECTOR)
    RunReport run() {
        return processing.run();
    }

    @GetMapping("/queue")
    @Operation(
            summary = "Read the agents' work queue",
            description = "The open cases handed over to a human agent (or, with everyOpenCase, every open case),"
                    + " the most days past due first, with the agent holding each and any open promise to pay."
                    + " Filtered by bucket, and to the caller's own cases with mine. A case leaves the queue"
                    + " when cured or charged off. For staff.")
    @ApiResponse(responseCode = "200", description = "The queue entries.")
    @ApiResponse(responseCode = "400", description = "The bucket is not one of CURRENT, M1, M2, M3, M3_PLUS.")
    @PreAuthorize(Access.STAFF)
    List<AgentQueueEntry> queue(
            @Parameter(description = "Only the cases in this delinquency bucket.") @RequestParam(required = false)
                    DelinquencyBucket bucket,
            @Parameter(description = "Only the cases the caller holds.") @RequestParam(defaultValue = "false")
                    boolean mine,
            @Parameter(description = "Every open case, not only those handed over to the queue.")
                    @RequestParam(defaultValue = "false")
                    boolean everyOpenCase,
            Caller caller) {
        return queue.entries(new AgentQueueEntries.QueueFilter(
                everyOpenCase, bucket, mine ? AgentWorkController.agentOf(caller) : null));
    }
}
