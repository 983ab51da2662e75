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

    List<Entry> search(AuditSearch search) {
        return jdbc.sql("""
                        SELECT * FROM admin_audit
                         WHERE (CAST(:actor AS varchar) IS NULL OR actor IN (CAST(:actor AS varchar), 'staff:' || CAST(:actor AS varchar)))
                           AND (CAST(:method AS varchar) IS NULL OR method = CAST(:method AS varchar))
                           AND (CAST(:path AS varchar) IS NULL OR strpos(lower(path), lower(CAST(:path AS varchar))) > 0)
                           AND (CAST(:reason AS varchar) IS NULL OR strpos(lower(reason), lower(CAST(:reason AS varchar))) > 0)
                           AND (CAST(:from AS timestamptz) IS NULL OR at >= CAST(:from AS timestamptz))
                           AND (CAST(:to AS timestamptz) IS NULL OR at < CAST(:to AS timestamptz))
                         ORDER BY audit_id DESC LIMIT :limit""")
                .param("actor", search.actor())
                .param("method", search.method())
                .param("path", search.pathContains())
                .param("reason", search.reasonContains())
                .param("from", search.from() == null ? null : Timestamp.from(search.from()))
                .param("to", search.to() == null ? null : Timestamp.from(search.to()))
                .param("limit", search.limit())
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
