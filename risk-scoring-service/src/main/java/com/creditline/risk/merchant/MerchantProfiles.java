package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.risk.merchant.model.MerchantProfile;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merchants' profiles (table {@code merchant_profile}). */
@Repository
class MerchantProfiles {

    private final JdbcClient jdbc;

    MerchantProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(MerchantProfile profile, Instant at) {
        jdbc.sql("INSERT INTO merchant_profile (merchant_id, name, onboarded_on, category, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (merchant_id) DO UPDATE SET name = excluded.name,"
                        + " onboarded_on = excluded.onboarded_on, category = excluded.category,"
                        + " updated_at = excluded.updated_at")
                .params(
                        profile.merchantId().value(),
                        profile.name(),
                        Date.valueOf(profile.onboardedOn()),
                        profile.category(),
                        Timestamp.from(at))
                .update();
    }

    Optional<MerchantProfile> find(MerchantId merchant) {
        return jdbc.sql("SELECT * FROM merchant_profile WHERE merchant_id = ?")
                .param(merchant.value())
                .query(MerchantProfiles::profile)
                .optional();
    }

    /** The profile, locked until the transaction ends: one application of a merchant at a time. */
    Optional<MerchantProfile> lock(MerchantId merchant) {
        return jdbc.sql("SELECT * FROM merchant_profile WHERE merchant_id = ? FOR UPDATE")
                .param(merchant.value())
                .query(MerchantProfiles::profile)
                .optional();
    }

    private static MerchantProfile profile(ResultSet rs, int n) throws SQLException {
        return new MerchantProfile(
                MerchantId.of(rs.getString("merchant_id")),
                rs.getString("name"),
                rs.getDate("onboarded_on").toLocalDate(),
                rs.getString("category"));
    }
}
