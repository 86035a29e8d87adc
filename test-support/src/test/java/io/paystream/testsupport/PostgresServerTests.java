package io.paystream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealServers(Server.POSTGRES)
class PostgresServerTests {

    private static String url;

    @BeforeAll
    static void createJobsTable(PostgresServer postgres) throws SQLException {
        url = postgres.jdbcUrl("support_tests");
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS jobs");
            statement.execute("CREATE TABLE jobs (id int PRIMARY KEY)");
            statement.execute("INSERT INTO jobs VALUES (1), (2)");
        }
    }

    @Test
    void answersAsARealPostgreSqlServer() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            ResultSet version = statement.executeQuery("SELECT version()");

            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("PostgreSQL 18.");
        }
    }

    @Test
    void skipLockedHandsEachRowToOneWorker() throws SQLException {
        try (Connection first = connect();
                Connection second = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            int lockedByFirst = claimNextJob(first);
            int lockedBySecond = claimNextJob(second);

            assertThat(lockedByFirst).isEqualTo(1);
            assertThat(lockedBySecond).isEqualTo(2);
            first.rollback();
            second.rollback();
        }
    }

    @Test
    void eachServiceGetsADatabaseOfItsOwn(PostgresServer postgres) throws SQLException {
        try (Connection wallet = DriverManager.getConnection(postgres.jdbcUrl("wallet_probe"), "postgres", "");
                Connection orders = DriverManager.getConnection(postgres.jdbcUrl("orders_probe"), "postgres", "")) {
            wallet.createStatement().execute("CREATE TABLE IF NOT EXISTS only_in_wallet (id int)");

            assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> orders.createStatement().executeQuery("SELECT * FROM only_in_wallet"))
                    .withMessageContaining("does not exist");
        }
    }

    private static int claimNextJob(Connection connection) throws SQLException {
        ResultSet row = connection
                .createStatement()
                .executeQuery("SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
        assertThat(row.next()).as("a row free to claim").isTrue();
        return row.getInt(1);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
