package com.creditline.repayment.reserve;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the risk reserve and the provisions for expected losses. */
@Tag(name = "Journal", description = "The double-entry journal of every movement of money (docs/accounting.md).")
@RestController
class ReserveController {

    private final ReserveKeeping reserve;
    private final LossReading losses;

    ReserveController(ReserveKeeping reserve, LossReading losses) {
        this.reserve = reserve;
        this.losses = losses;
    }

    @Operation(
            summary = "Read the risk reserve and the provisions",
            description = "The risk reserve's balance, what fee income put into it and what charge-offs drew from"
                    + " it (of which, what paid the principal the platform guarantees to funders); the allowance for expected losses and, per delinquency bucket, the platform's"
                    + " principal, its loss rate and the allowance it needs; and the coverage: the reserve over the"
                    + " principal past due (null when nothing is past due). Kept after each end of day.")
    @ApiResponse(responseCode = "200", description = "The reserve and the provisions.")
    @GetMapping("/api/v1/admin/journal/reserve")
    @PreAuthorize(Access.STAFF)
    ReserveKeeping.ReserveReport reserve() {
        return reserve.report();
    }

    @Operation(
            summary = "Read each holder's losses and recoveries",
            description = "Per holder (PLATFORM or a funder) of charged-off plans: what it wrote off at charge-off"
                    + " (its part of the principal; the platform also the late fees), what the platform paid it of"
                    + " that under its guarantee, and what it recovered since (payments and refunds on charged-off"
                    + " plans are shared by the loss each bore; a guaranteed part's recoveries are the platform's).")
    @ApiResponse(responseCode = "200", description = "The holders with a loss or a recovery, by holder.")
    @GetMapping("/api/v1/admin/journal/losses")
    @PreAuthorize(Access.STAFF)
    List<LossReading.HolderLoss> losses() {
        return losses.losses();
    }
}
