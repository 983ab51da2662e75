package com.creditline.risk.scoring.scorecard;

import com.creditline.risk.scoring.Grade;
import java.math.BigDecimal;
import java.util.List;

/** What a scorecard says of an applicant; no grade means below grade E's cut-off. */
public record ScorecardAssessment(int score, BigDecimal probabilityOfBad, Grade grade, List<String> reasons) {}
