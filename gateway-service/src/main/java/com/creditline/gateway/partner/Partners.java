package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import com.creditline.gateway.partner.model.Partner;
import com.creditline.gateway.partner.model.PartnerNotFound;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partners ops have registered (the partner table). */
@Component
class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Partner partner) {
        jdbc.sql("INSERT INTO partner (partner_id, name, created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(
                        partner.partnerId().value(),
                        partner.name(),
                        Timestamp.from(partner.createdAt()),
                        partner.createdBy())
                .update();
    }

    Partner find(PartnerId partnerId) {
        return jdbc.sql("SELECT * FROM partner WHERE partner_id = ?")
                .param(partnerId.value())
                .query((rs, n) -> new Partner(
                        PartnerId.of(rs.getString("partner_id")),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .optional()
                .orElseThrow(PartnerNotFound::new);
    }
}
