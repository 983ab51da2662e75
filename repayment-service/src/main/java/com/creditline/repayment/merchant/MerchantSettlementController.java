package com.creditline.repayment.merchant;

import com.creditline.common.security.Access;
import com.creditline.common.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read what the platform owes each merchant, day by day. */
@Tag(name = "Journal", description = "The double-entry journal of every movement of money (docs/accounting.md).")
@RestController
class MerchantSettlementController {

    private final MerchantSettlements settlements;
    private final BusinessClock clock;

    MerchantSettlementController(MerchantSettlements settlements, BusinessClock clock) {
        this.settlements = settlements;
        this.clock = clock;
    }

    @Operation(
            summary = "Read a merchant's daily settlement statement",
            description = "For one business date (by default the current one), per plan: the sales financed,"
                    + " the merchant discount and the subsidy kept back, the refunds clawed back and the"
                    + " discount and subsidy they gave back, and the net change in what the platform owes the"
                    + " merchant; the totals; the payable at the close of the date; and the tie-out against the"
                    + " journal's merchant payable on the same plans and date (difference zero when tied).")
    @ApiResponse(responseCode = "200", description = "The statement (no plans when nothing moved on the date).")
    @ApiResponse(responseCode = "400", description = "The date is not a date (yyyy-MM-dd).")
    @ApiResponse(responseCode = "404", description = "No financed sale of the merchant is on the books.")
    @GetMapping("/api/v1/admin/merchant-settlements/{merchantId}")
    @PreAuthorize(Access.STAFF)
    MerchantSettlements.MerchantStatement statement(
            @Parameter(description = "The merchant, as checkout enrolled it.") @PathVariable String merchantId,
            @Parameter(description = "The business date (yyyy-MM-dd); the current one when absent.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return settlements.statement(merchantId, date == null ? clock.businessDate() : date);
    }
}
