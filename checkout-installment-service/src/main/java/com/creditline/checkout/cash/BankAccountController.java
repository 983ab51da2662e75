package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccount;
import com.creditline.checkout.cash.model.BankAccountId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's bank accounts for cash payouts, for the shop acting for the customer (and staff
 * reading them). The number and the holder's name are sealed at rest and never answered in clear:
 * only the masked number. Partners never reach these.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/bank-accounts")
@Tag(
        name = "Bank accounts",
        description = "The customer's bank accounts that cash draws are paid to; personal data, shown masked."
                + " For the shop acting for the customer, and staff. Never reachable by a partner.")
class BankAccountController {

    private final BankAccountRegistry registry;

    BankAccountController(BankAccountRegistry registry) {
        this.registry = registry;
    }

    @Schema(
            description = "A bank account of the customer's own, to receive cash draws.",
            example =
                    "{\"bankName\": \"ICBC\", \"accountNumber\": \"6222020012345678\", \"holderName\": \"Zhang Wei\"}")
    record RegisterBankAccount(
            @NotBlank @Size(max = 100) String bankName,

            @Schema(description = "12 to 19 digits; sealed at rest, never answered in clear.")
            @NotNull
            @Pattern(regexp = BankAccount.NUMBER_FORMAT)
            String accountNumber,

            @Schema(description = "The name the account is held in; sealed at rest, never answered.")
            @NotBlank
            @Size(max = 100)
            String holderName) {

        @Override
        public String toString() {
            return "RegisterBankAccount[" + bankName + ", personal data hidden]";
        }
    }

    /** A bank account as anyone may see it: the number masked, the holder's name left out. */
    record BankAccountView(BankAccountId bankAccountId, String bankName, String maskedNumber, Instant registeredAt) {

        static BankAccountView of(BankAccount account) {
            return new BankAccountView(
                    account.bankAccountId(), account.bankName(), account.maskedNumber(), account.registeredAt());
        }
    }

    @PostMapping
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @Operation(
            summary = "Register a bank account for cash payouts",
            description = "Seals the account number and the holder's name (AES-256-GCM) and answers the account"
                    + " masked (\"**** **** **** 1234\"). The same number twice for one customer is refused.")
    @ApiResponse(responseCode = "201", description = "The account, masked.")
    @ApiResponse(responseCode = "403", description = "Partners do not manage customers' bank accounts.")
    @ApiResponse(responseCode = "404", description = "The customer has no approved credit line.")
    @ApiResponse(responseCode = "409", description = "The customer registered this account number already.")
    ResponseEntity<BankAccountView> register(
            @PathVariable CustomerId customerId, @Valid @RequestBody RegisterBankAccount request, Caller caller) {
        notAPartner(caller);
        BankAccount account = registry.register(new BankAccountRegistry.Registering(
                customerId, request.bankName(), request.accountNumber(), request.holderName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(BankAccountView.of(account));
    }

    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(summary = "The customer's bank accounts", description = "Oldest first, masked.")
    @ApiResponse(responseCode = "200", description = "The accounts, masked.")
    @ApiResponse(responseCode = "403", description = "Partners do not see customers' bank accounts.")
    @ApiResponse(responseCode = "404", description = "The customer has no approved credit line.")
    List<BankAccountView> list(@PathVariable CustomerId customerId, Caller caller) {
        notAPartner(caller);
        return registry.list(customerId).stream().map(BankAccountView::of).toList();
    }

    static void notAPartner(Caller caller) {
        if (caller.isPartner()) {
            throw new AccessDeniedException("partners do not reach customers' cash draws or bank accounts");
        }
    }
}
