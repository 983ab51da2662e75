package com.creditline.repayment.endofday;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One SQL statement of a date's run, with its parameters: what the run executes and EXPLAIN can show. */
record EndOfDayStatement(String name, String sql, Map<String, Object> params) {

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql).params(params);
    }
}
