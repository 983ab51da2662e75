package com.creditline.checkout.merchant;

import com.creditline.checkout.merchant.MerchantRegistry.Audit;
import com.creditline.checkout.merchant.MerchantRegistry.ChangingTerms;
import com.creditline.checkout.merchant.MerchantRegistry.Registering;
import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.merchant.model.MerchantStatus;
import com.creditline.checkout.merchant.model.SubsidyTerms;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops keep the register of merchants (docs/merchants.md): an admin enrols a merchant with its
 * merchant discount rate, changes its terms, suspends or reactivates it, and adds and ends its
 * subsidy agreements, always with a reason in the Audit-Reason header, recorded under the caller's
 * name; any staff member reads them. Only an agreement in force makes a plan 0% for the customer.
 */
@RestController
@RequestMapping("/api/v1/admin/merchants")
@Tag(
        name = "Merchants",
        description = "Merchants selling on the credit line: their discount rate and the subsidy agreements that"
                + " make plans 0% for the customer. Changes are for admins, with an Audit-Reason.")
class MerchantController {

    /** The gateway's header for why an admin change is made; required here too, and recorded. */
    static final String AUDIT_REASON = "Audit-Reason";

    private static final String REASON_DESCRIPTION = "Why the change is made (1-500 characters): recorded with the"
            + " caller's name, and kept in the gateway's audit log, which requires it of every admin change.";

    private static final String CHANGED_MEANWHILE =
            "Another request changed the same merchant at the same time; read it again and retry.";

    private final MerchantRegistry registry;

    MerchantController(MerchantRegistry registry) {
        this.registry = registry;
    }

    @Schema(
            description = "A merchant to enrol.",
            example = "{\"merchantId\": \"mi-store\", \"name\": \"Xiaomi official store\", \"discountRate\": 0.006,"
                    + " \"settlementAccount\": \"ICBC 6222 0200 1234 5678\"}")
    record RegisterMerchant(
            @Schema(description = "Its id for good: lowercase letters, digits and inner hyphens, 3-40 characters.")
            @NotBlank
            @Pattern(regexp = MerchantId.FORMAT)
            String merchantId,

            @NotBlank @Size(max = 200) String name,

            @Schema(description = "The merchant discount rate (MDR), a fraction from 0 to 0.05.", example = "0.006")
            @NotNull
            BigDecimal discountRate,

            @Schema(description = "The business bank account it is settled to.") @NotBlank @Size(max = 100)
            String settlementAccount) {}

    @Schema(description = "A merchant's new name, discount rate and settlement account, for captures from now on.")
    record ChangeMerchantTerms(
            @NotBlank @Size(max = 200) String name,
            @NotNull BigDecimal discountRate,
            @NotBlank @Size(max = 100) String settlementAccount) {}

    @Schema(example = "{\"status\": \"SUSPENDED\"}")
    record ChangeMerchantStatus(@NotNull MerchantStatus status) {}

    @Schema(
            description = "An agreement to pay the fees of plans of these installment counts, captured between these"
                    + " business dates (inclusive), of at most this principal.",
            example = "{\"installmentCounts\": [3, 6, 12], \"validFrom\": \"2026-06-01\", \"validTo\": \"2026-06-18\","
                    + " \"maximumPrincipal\": {\"amount\": \"20000.00\", \"currency\": \"CNY\"}}")
    record AddAgreement(
            @Schema(description = "Counts among those on offer (3, 6, 12, 24 by default).") @NotEmpty
            Set<@NotNull Integer> installmentCounts,

            @NotNull LocalDate validFrom,

            @Schema(description = "The last business date it is in force; leave out for until ended.")
            LocalDate validTo,

            @Schema(description = "The largest principal of a plan it covers; leave out for any.")
            Money maximumPrincipal) {}

    @PostMapping
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Enrol a merchant",
            description = "An admin enrols a merchant with its discount rate and settlement account; it is ACTIVE and"
                    + " has no subsidy agreement.")
    @ApiResponse(responseCode = "201", description = "The merchant is enrolled.")
    @ApiResponse(responseCode = "409", description = "A merchant with this id is registered already.")
    @ApiResponse(responseCode = "422", description = "The discount rate is not a fraction from 0 to 0.05.")
    ResponseEntity<MerchantView> register(
            @Valid @RequestBody RegisterMerchant request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        MerchantView view = MerchantView.of(registry.register(
                new Registering(
                        MerchantId.of(request.merchantId()),
                        request.name(),
                        new DiscountRate(request.discountRate()),
                        request.settlementAccount()),
                audit(reason, caller)));
        return ResponseEntity.created(URI.create("/api/v1/admin/merchants/" + view.merchantId()))
                .body(view);
    }

    @PutMapping("/{merchantId}/terms")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Change a merchant's terms",
            description = "A new name, discount rate and settlement account. Captures from now on are discounted at"
                    + " the new rate; plans captured already keep the rate they were captured at.")
    @ApiResponse(responseCode = "200", description = "The merchant with its new terms.")
    @ApiResponse(responseCode = "404", description = "No merchant has this id.")
    @ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
    @ApiResponse(responseCode = "422", description = "The discount rate is not a fraction from 0 to 0.05.")
    MerchantView changeTerms(
            @PathVariable String merchantId,
            @Valid @RequestBody ChangeMerchantTerms request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return MerchantView.of(registry.changeTerms(
                merchantId,
                new ChangingTerms(
                        request.name(), new DiscountRate(request.discountRate()), request.settlementAccount()),
                audit(reason, caller)));
    }

    @PutMapping("/{merchantId}/status")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Suspend or reactivate a merchant",
            description = "A SUSPENDED merchant takes no new order or quote on credit and its subsidies are not"
                    + " honoured; orders authorised before may still be captured, without a subsidy. Setting the"
                    + " status it has already changes nothing.")
    @ApiResponse(responseCode = "200", description = "The merchant with its status.")
    @ApiResponse(responseCode = "404", description = "No merchant has this id.")
    @ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
    MerchantView changeStatus(
            @PathVariable String merchantId,
            @Valid @RequestBody ChangeMerchantStatus request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return MerchantView.of(registry.changeStatus(merchantId, request.status(), audit(reason, caller)));
    }

    @PostMapping("/{merchantId}/agreements")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Add a subsidy agreement",
            description = "From its first business date to its last (inclusive), plans of its installment counts"
                    + " and at most its principal, of this merchant's orders, may be captured at 0% for the customer;"
                    + " the merchant pays their fees. The answer's Location names the merchant.")
    @ApiResponse(responseCode = "201", description = "The merchant with the new agreement.")
    @ApiResponse(responseCode = "404", description = "No merchant has this id.")
    @ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
    @ApiResponse(
            responseCode = "422",
            description = "A count is not on offer, the agreement ends before it starts, or the maximum principal is"
                    + " not above zero.")
    ResponseEntity<MerchantView> addAgreement(
            @PathVariable String merchantId,
            @Valid @RequestBody AddAgreement request,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        MerchantRegistry.Agreed agreed = registry.agree(
                merchantId,
                new SubsidyTerms(
                        request.installmentCounts(),
                        request.validFrom(),
                        request.validTo(),
                        request.maximumPrincipal()),
                audit(reason, caller));
        return ResponseEntity.created(
                        URI.create("/api/v1/admin/merchants/" + merchantId + "/agreements/" + agreed.agreementId()))
                .body(MerchantView.of(agreed.standing()));
    }

    @PostMapping("/{merchantId}/agreements/{agreementId}/end")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "End a subsidy agreement early",
            description = "From now on the agreement covers no plan (plans captured under it keep their subsidy)."
                    + " Ending an ended agreement changes nothing.")
    @ApiResponse(responseCode = "200", description = "The merchant with the agreement ended.")
    @ApiResponse(responseCode = "404", description = "No merchant has this id, or it has no agreement with this id.")
    @ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
    MerchantView endAgreement(
            @PathVariable String merchantId,
            @PathVariable UUID agreementId,
            @Parameter(description = REASON_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader(AUDIT_REASON)
                    String reason,
            Caller caller) {
        return MerchantView.of(registry.endAgreement(merchantId, agreementId, audit(reason, caller)));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The merchants", description = "Every merchant by id, with its terms and agreements.")
    @ApiResponse(responseCode = "200", description = "The merchants.")
    List<MerchantView> merchants() {
        return registry.list().stream().map(MerchantView::of).toList();
    }

    @GetMapping("/{merchantId}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Read a merchant",
            description = "Its terms, status and subsidy agreements, each said in force or not on the business date.")
    @ApiResponse(responseCode = "200", description = "The merchant.")
    @ApiResponse(responseCode = "404", description = "No merchant has this id.")
    MerchantView merchant(@PathVariable String merchantId) {
        return MerchantView.of(registry.read(merchantId));
    }

    /**
     * The reason, checked here rather than by a constraint on the header: a constraint on a
     * parameter would report the body's invalid fields under the parameter's name instead of their own.
     */
    private static Audit audit(String reason, Caller caller) {
        if (reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException(
                    "An admin change must say why: send an Audit-Reason header (1-500 characters).");
        }
        return new Audit(caller.actor(), reason.strip());
    }
}
