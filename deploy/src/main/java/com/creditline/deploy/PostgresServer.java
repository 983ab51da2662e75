package com.creditline.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL 17 from zonky's embedded binaries, with its data kept in a folder across
 * restarts, the {@code creditline} database, and one schema and user per service.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "creditline";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setRegisterShutdownHook(false)
                .start();
        PostgresServer server = new PostgresServer(postgres);
        server.prepareDatabase();
        return server;
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void prepareDatabase() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        }
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", DATABASE));
                Statement s = c.createStatement();
                InputStream sql = PostgresServer.class.getResourceAsStream("/postgres/init-creditline.sql")) {
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Stops the server with SIGTERM and waits for it, so no postgres process is left behind. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
