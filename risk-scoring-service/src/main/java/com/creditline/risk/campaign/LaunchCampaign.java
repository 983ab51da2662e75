package com.creditline.risk.campaign;

import com.creditline.common.money.Money;
import com.creditline.risk.campaign.model.Segment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Ops launch a festival campaign: its name, segment, raise (a percentage of the limit or a fixed
 * amount: the rules are {@code Raise}'s), dates, and why (kept with who launched it).
 */
record LaunchCampaign(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid Segment segment,
        BigDecimal raisePercent,
        Money raiseAmount,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 500) String reason) {}
