package com.creditline.checkout.fraud;

import com.creditline.checkout.fraud.BlockedListKeeping.Blocked;
import com.creditline.checkout.fraud.BlockedListKeeping.Blocking;
import com.creditline.checkout.fraud.BlockedListKeeping.Unblocking;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers keep the blocked lists of devices and shipping addresses (docs/fraud.md): an order from
 * a blocked device or to a blocked address is declined for fraud. Changes need a credit officer and
 * a reason, and are recorded under the officer's name; staff may read the lists. An address is
 * given once, in a body, and never shown again: the lists show its masked form and fingerprint.
 */
@RestController
@RequestMapping("/api/v1/admin/fraud")
@Tag(
        name = "Fraud blocked lists",
        description = "Devices and shipping addresses whose orders are declined for fraud: for credit officers.")
class BlockedListController {

    /** The gateway's header for why an admin change is made; here the reason of a removal. */
    static final String AUDIT_REASON = "Audit-Reason";

    private static final String REASON_DESCRIPTION =
            "Why the entry is removed (1-500 characters), kept with the change; the gateway requires it of every"
                    + " admin change.";

    private final BlockedListKeeping lists;

    BlockedListController(BlockedListKeeping lists) {
        this.lists = lists;
    }

    @Schema(
            description = "A device to block, and why.",
            example = "{\"deviceId\": \"dev-7f3a\", \"reason\": \"used in three confirmed fraud cases\"}")
    record BlockDevice(
            @NotBlank @Size(max = 128) String deviceId,
            @NotBlank @Size(max = 500) String reason) {}

    @Schema(
            description = "A shipping address to block (free text, as shops send it), and why. The address is"
                    + " kept only as its fingerprint and a masked form.",
            example =
                    "{\"address\": \"88 Nanjing Road, Huangpu, Shanghai\", \"reason\": \"drop address of a fraud ring\"}")
    record BlockAddress(
            @NotBlank @Size(max = 500) String address,
            @NotBlank @Size(max = 500) String reason) {
        @Override
        public String toString() {
            return "BlockAddress[address=" + ShippingAddress.ofNullable(address) + ", reason=" + reason + "]";
        }
    }

    record BlockedDeviceView(String deviceId, String reason, String blockedBy, Instant blockedAt) {

        static BlockedDeviceView of(Blocked b) {
            return new BlockedDeviceView(b.entry(), b.reason(), b.blockedBy(), b.blockedAt());
        }
    }

    record BlockedAddressView(
            @Schema(description = "SHA-256 of the normalised address: the entry's id.")
            AddressFingerprint fingerprint,

            @Schema(description = "The first three and last two characters of the normalised address.")
            String masked,

            String reason,
            String blockedBy,
            Instant blockedAt) {

        static BlockedAddressView of(Blocked b) {
            return new BlockedAddressView(
                    AddressFingerprint.of(b.entry()), b.shown(), b.reason(), b.blockedBy(), b.blockedAt());
        }
    }

    @PostMapping("/blocked-devices")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @Operation(
            summary = "Block a device",
            description = "From now on every authorisation from the device is declined for fraud (BLOCKED_DEVICE)"
                    + " and the customer's line frozen. Blocking a blocked device changes nothing and answers the"
                    + " entry as it is.")
    @ApiResponse(responseCode = "201", description = "The device is blocked.")
    @ApiResponse(responseCode = "200", description = "The device was blocked already: the entry as it is.")
    ResponseEntity<BlockedDeviceView> blockDevice(@Valid @RequestBody BlockDevice request, Caller caller) {
        BlockedListKeeping.Outcome outcome = lists.block(new Blocking(
                BlockedList.DEVICE, request.deviceId(), request.deviceId(), request.reason(), caller.actor()));
        return answer(outcome, BlockedDeviceView::of);
    }

    @GetMapping("/blocked-devices")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The blocked devices", description = "Newest first, at most limit of them.")
    @ApiResponse(responseCode = "200", description = "The blocked devices, newest first.")
    List<BlockedDeviceView> blockedDevices(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return lists.entries(BlockedList.DEVICE, limit).stream()
                .map(BlockedDeviceView::of)
                .toList();
    }

    @DeleteMapping("/blocked-devices/{deviceId}")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @Operation(
            summary = "Unblock a device",
            description = "Takes the device off the blocked list, for the reason in the Audit-Reason header (which"
                    + " the gateway requires of every admin change). Lines frozen for it stay frozen until an officer"
                    + " unfreezes them.")
    @ApiResponse(responseCode = "204", description = "The device is no longer blocked.")
    @ApiResponse(responseCode = "404", description = "The device is not on the blocked list.")
    ResponseEntity<Void> unblockDevice(
            @PathVariable String deviceId,
            @Parameter(description = REASON_DESCRIPTION) @RequestHeader(AUDIT_REASON) @NotBlank @Size(max = 500)
                    String reason,
            Caller caller) {
        lists.unblock(new Unblocking(BlockedList.DEVICE, deviceId, reason.strip(), caller.actor()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/blocked-addresses")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @Operation(
            summary = "Block a shipping address",
            description = "From now on every authorisation shipping to the address (the same text up to case and"
                    + " white space) is declined for fraud (BLOCKED_ADDRESS). The address is kept only as its"
                    + " fingerprint and a masked form, and never shown again. Blocking a blocked address changes"
                    + " nothing and answers the entry as it is.")
    @ApiResponse(responseCode = "201", description = "The address is blocked.")
    @ApiResponse(responseCode = "200", description = "The address was blocked already: the entry as it is.")
    ResponseEntity<BlockedAddressView> blockAddress(@Valid @RequestBody BlockAddress request, Caller caller) {
        ShippingAddress address = new ShippingAddress(request.address());
        BlockedListKeeping.Outcome outcome = lists.block(new Blocking(
                BlockedList.ADDRESS,
                address.fingerprint().value(),
                address.masked(),
                request.reason(),
                caller.actor()));
        return answer(outcome, BlockedAddressView::of);
    }

    @GetMapping("/blocked-addresses")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The blocked shipping addresses",
            description = "Newest first, at most limit of them; each masked, with its fingerprint.")
    @ApiResponse(responseCode = "200", description = "The blocked addresses, newest first.")
    List<BlockedAddressView> blockedAddresses(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return lists.entries(BlockedList.ADDRESS, limit).stream()
                .map(BlockedAddressView::of)
                .toList();
    }

    @DeleteMapping("/blocked-addresses/{fingerprint}")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @Operation(
            summary = "Unblock a shipping address",
            description = "Takes the address, named by its fingerprint, off the blocked list, for the reason in the"
                    + " Audit-Reason header.")
    @ApiResponse(responseCode = "204", description = "The address is no longer blocked.")
    @ApiResponse(responseCode = "404", description = "No blocked address has that fingerprint.")
    ResponseEntity<Void> unblockAddress(
            @PathVariable String fingerprint,
            @Parameter(description = REASON_DESCRIPTION) @RequestHeader(AUDIT_REASON) @NotBlank @Size(max = 500)
                    String reason,
            Caller caller) {
        lists.unblock(new Unblocking(BlockedList.ADDRESS, fingerprint, reason.strip(), caller.actor()));
        return ResponseEntity.noContent().build();
    }

    /** 201 with the new entry, or 200 with the entry that was there already. */
    private static <V> ResponseEntity<V> answer(BlockedListKeeping.Outcome outcome, Function<Blocked, V> view) {
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view.apply(outcome.blocked()));
    }
}
