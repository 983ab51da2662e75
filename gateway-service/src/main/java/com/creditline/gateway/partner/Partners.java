package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import com.creditline.gateway.partner.model.Partner;
import com.creditline.gateway.partner.model.PartnerIdTaken;
import com.creditline.gateway.partner.model.PartnerKind;
import com.creditline.gateway.partner.model.PartnerNotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partners ops have registered (the partner table), platforms and merchants. */
@Component
class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner whose id is taken already is not added: that is the caller's 409. */
    void add(Partner partner) {
        int added = jdbc.sql("""
                        INSERT INTO partner (partner_id, kind, name, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (partner_id) DO NOTHING""")
                .params(
                        partner.partnerId().value(),
                        partner.kind().name(),
                        partner.name(),
                        Timestamp.from(partner.createdAt()),
                        partner.createdBy())
                .update();
        if (added == 0) {
            throw new PartnerIdTaken();
        }
    }

    Partner find(PartnerId partnerId) {
        return jdbc.sql("SELECT * FROM partner WHERE partner_id = ?")
                .param(partnerId.value())
                .query(Partners::partner)
                .optional()
                .orElseThrow(PartnerNotFound::new);
    }

    /** Every partner, oldest first (a platform has a handful; nothing to page). */
    List<Partner> all() {
        return jdbc.sql("SELECT * FROM partner ORDER BY created_at, partner_id")
                .query(Partners::partner)
                .list();
    }

    private static Partner partner(ResultSet rs, int row) throws SQLException {
        return new Partner(
                PartnerId.of(rs.getString("partner_id")),
                PartnerKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
