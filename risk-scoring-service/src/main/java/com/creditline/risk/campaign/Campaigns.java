package com.creditline.risk.campaign;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.risk.campaign.model.Campaign;
import com.creditline.risk.campaign.model.CampaignId;
import com.creditline.risk.campaign.model.CampaignPeriod;
import com.creditline.risk.campaign.model.Raise;
import com.creditline.risk.campaign.model.Segment;
import com.creditline.risk.scoring.Grade;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns and their offers (tables {@code campaign}, {@code campaign_offer}). */
@Repository
class Campaigns {

    /** A campaign with how many customers it offered its raise to. */
    record Launched(Campaign campaign, long customersOffered) {}

    private static final String SELECT = "SELECT c.*, (SELECT count(*) FROM campaign_offer o"
            + " WHERE o.campaign_id = c.campaign_id) AS offered FROM campaign c";

    /**
     * Whole months on book as {@code ChronoUnit.MONTHS.between(line_opened_on, today)} counts them:
     * the months between the two calendar months, less one when today's day of month is before the
     * opening's.
     */
    private static final String MONTHS_ON_BOOK = "((extract(year FROM CAST(:today AS date)) * 12"
            + " + extract(month FROM CAST(:today AS date)))"
            + " - (extract(year FROM b.line_opened_on) * 12 + extract(month FROM b.line_opened_on))"
            + " - CASE WHEN extract(day FROM CAST(:today AS date)) < extract(day FROM b.line_opened_on)"
            + " THEN 1 ELSE 0 END)";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Campaign c) {
        jdbc.sql("INSERT INTO campaign (campaign_id, name, grades, minimum_behaviour_score, minimum_months_on_book,"
                        + " raise_percent, raise_amount, starts_on, ends_on, launched_by, reason, launched_on,"
                        + " launched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.id().value(),
                        c.name(),
                        c.segment().grades().stream().map(Grade::name).sorted().collect(Collectors.joining(",")),
                        c.segment().minimumBehaviourScore(),
                        c.segment().minimumMonthsOnBook(),
                        c.raise().percent(),
                        c.raise().amount() == null ? null : c.raise().amount().amount(),
                        Date.valueOf(c.period().startsOn()),
                        Date.valueOf(c.period().endsOn()),
                        c.launchedBy(),
                        c.reason(),
                        Date.valueOf(c.launchedOn()),
                        Timestamp.from(c.launchedAt()))
                .update();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM campaign WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Offers the campaign to every customer its segment admits on the business date (the SQL twin of
     * {@code Segment.admits}), once per customer; the customers offered now, by id.
     */
    List<CustomerId> offerToEligible(CampaignId campaign, LocalDate today) {
        return jdbc.sql("INSERT INTO campaign_offer (campaign_id, customer_id)"
                        + " SELECT c.campaign_id, b.customer_id FROM campaign c"
                        + " JOIN customer_grade g ON g.grade = ANY (string_to_array(c.grades, ','))"
                        + " JOIN customer_behaviour b ON b.customer_id = g.customer_id"
                        + " WHERE c.campaign_id = :campaign"
                        + " AND b.line_opened_on IS NOT NULL AND b.line_opened_on <= :today"
                        + " AND coalesce(b.line_status, 'ACTIVE') = 'ACTIVE'"
                        + " AND b.days_past_due = 0 AND b.charged_off_on IS NULL"
                        + " AND (c.minimum_behaviour_score IS NULL OR b.behaviour_score >= c.minimum_behaviour_score)"
                        + " AND " + MONTHS_ON_BOOK + " >= c.minimum_months_on_book"
                        + " ORDER BY b.customer_id"
                        + " ON CONFLICT DO NOTHING RETURNING customer_id")
                .param("campaign", campaign.value())
                .param("today", Date.valueOf(today))
                .query((rs, n) -> CustomerId.of(rs.getString(1)))
                .list();
    }

    Optional<Launched> find(CampaignId id) {
        return jdbc.sql(SELECT + " WHERE c.campaign_id = ?")
                .param(id.value())
                .query(Campaigns::launched)
                .optional();
    }

    List<Launched> all() {
        return jdbc.sql(SELECT + " ORDER BY c.launched_at DESC, c.name")
                .query(Campaigns::launched)
                .list();
    }

    private static Launched launched(ResultSet rs, int n) throws SQLException {
        Integer minimumScore = rs.getObject("minimum_behaviour_score", Integer.class);
        return new Launched(
                new Campaign(
                        CampaignId.of(rs.getObject("campaign_id", UUID.class)),
                        rs.getString("name"),
                        new Segment(
                                Arrays.stream(rs.getString("grades").split(","))
                                        .map(Grade::valueOf)
                                        .collect(Collectors.toSet()),
                                minimumScore,
                                rs.getInt("minimum_months_on_book")),
                        new Raise(
                                rs.getBigDecimal("raise_percent"),
                                rs.getBigDecimal("raise_amount") == null
                                        ? null
                                        : Money.of(rs.getBigDecimal("raise_amount"))),
                        new CampaignPeriod(
                                rs.getDate("starts_on").toLocalDate(),
                                rs.getDate("ends_on").toLocalDate()),
                        rs.getString("launched_by"),
                        rs.getString("reason"),
                        rs.getDate("launched_on").toLocalDate(),
                        rs.getTimestamp("launched_at").toInstant()),
                rs.getLong("offered"));
    }
}
