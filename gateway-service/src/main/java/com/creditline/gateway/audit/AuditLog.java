package com.creditline.gateway.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin_audit table: a row before an admin change is forwarded, its outcome once answered. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(
            long auditId,
            Instant at,
            String actor,
            String roles,
            String method,
            String path,
            String reason,
            String correlationId,
            Integer status) {}

    long opened(AdminRequest request) {
        return jdbc.sql("""
                        INSERT INTO admin_audit (at, actor, roles, method, path, reason, correlation_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING audit_id""")
                .params(
                        Timestamp.from(request.at()),
                        request.actor(),
                        request.roles(),
                        request.method(),
                        request.path(),
                        request.reason(),
                        request.correlationId())
                .query(Long.class)
                .single();
    }

    void closed(long auditId, int status) {
        jdbc.sql("UPDATE admin_audit SET status = ? WHERE audit_id = ?")
                .params(status, auditId)
                .update();
    }

    List<Entry> latest(String actor, int limit) {
        return jdbc.sql("""
                        SELECT * FROM admin_audit WHERE (CAST(:actor AS varchar) IS NULL OR actor = :actor)
                         ORDER BY audit_id DESC LIMIT :limit""")
                .param("actor", actor)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("audit_id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("roles"),
                        rs.getString("method"),
                        rs.getString("path"),
                        rs.getString("reason"),
                        rs.getString("correlation_id"),
                        (Integer) rs.getObject("status")))
                .list();
    }
}
