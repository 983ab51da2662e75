package com.creditline.risk.campaign;

import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.risk.campaign.Campaigns.Launched;
import com.creditline.risk.campaign.model.CampaignId;
import com.creditline.risk.campaign.model.Raise;
import com.creditline.risk.campaign.model.Segment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ops launch festival campaigns that raise a segment's lines for a few days, and read them back. */
@Tag(name = "Festival campaigns", description = "Dated temporary raises for a segment of customers (618, Double 11).")
@RestController
class CampaignController {

    private final CampaignLaunch launch;
    private final Campaigns campaigns;

    CampaignController(CampaignLaunch launch, Campaigns campaigns) {
        this.launch = launch;
        this.campaigns = campaigns;
    }

    record CampaignView(
            UUID campaignId,
            String name,
            Segment segment,
            Raise raise,
            LocalDate startsOn,
            LocalDate endsOn,
            long customersOffered,
            String launchedBy,
            String reason,
            LocalDate launchedOn,
            Instant launchedAt) {

        static CampaignView of(Launched launched) {
            var c = launched.campaign();
            return new CampaignView(
                    c.id().value(),
                    c.name(),
                    c.segment(),
                    c.raise(),
                    c.period().startsOn(),
                    c.period().endsOn(),
                    launched.customersOffered(),
                    c.launchedBy(),
                    c.reason(),
                    c.launchedOn(),
                    c.launchedAt());
        }
    }

    @Operation(
            summary = "Launch a festival campaign",
            description = "Offers a dated temporary raise to every customer of the segment at once: an open, active"
                    + " line with nothing past due and nothing charged off, a grade of record among the grades, a"
                    + " latest behaviour score at least the minimum (when given) and at least the minimum whole"
                    + " months on book. The raise is a percentage of the permanent limit (above 0, at most 100) or"
                    + " a fixed amount (above 0, at most 50,000 yuan), exactly one; it runs from the start to the"
                    + " end date (business dates, both included, starting today or later, at most 31 days)."
                    + " Each customer is offered once (CampaignRaiseOffered); credit-limit places the raise within"
                    + " the 200,000 yuan ceiling and lets it lapse after the end date. Recorded with who launched"
                    + " it and why. Send an Idempotency-Key: a retry is answered again and offers nothing twice.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "Double 11",
                                            value =
                                                    "{\"name\": \"Double 11 2026\", \"segment\": {\"grades\": [\"A\", \"B\"],"
                                                            + " \"minimumBehaviourScore\": 600, \"minimumMonthsOnBook\": 3},"
                                                            + " \"raisePercent\": 20, \"startsOn\": \"2026-11-01\","
                                                            + " \"endsOn\": \"2026-11-11\", \"reason\": \"Double 11 festival\"}")))
    @ApiResponse(responseCode = "201", description = "The campaign, with how many customers were offered the raise.")
    @ApiResponse(responseCode = "409", description = "A campaign of this name was launched already.")
    @ApiResponse(
            responseCode = "422",
            description = "The raise is not exactly one of a percentage and an amount, or out of range; or the"
                    + " dates start before today's business date, end before they start, or span over 31 days.")
    @PostMapping("/api/v1/admin/risk/campaigns")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView launch(@Valid @RequestBody LaunchCampaign request, Caller caller) {
        return CampaignView.of(launch.launch(request, caller.actor()));
    }

    @Operation(
            summary = "List the campaigns",
            description = "Every campaign launched, newest first, with how many customers were offered its raise.")
    @ApiResponse(responseCode = "200", description = "The campaigns.")
    @GetMapping("/api/v1/admin/risk/campaigns")
    @PreAuthorize(Access.STAFF)
    List<CampaignView> campaigns() {
        return campaigns.all().stream().map(CampaignView::of).toList();
    }

    @Operation(
            summary = "Read a campaign",
            description = "A campaign as launched: segment, raise, dates, who launched it and why, and how many"
                    + " customers were offered the raise.")
    @ApiResponse(responseCode = "200", description = "The campaign.")
    @ApiResponse(responseCode = "404", description = "No campaign with this id.")
    @GetMapping("/api/v1/admin/risk/campaigns/{campaignId}")
    @PreAuthorize(Access.STAFF)
    CampaignView campaign(@PathVariable UUID campaignId) {
        return campaigns.find(CampaignId.of(campaignId)).map(CampaignView::of).orElseThrow(CampaignNotFound::new);
    }
}
