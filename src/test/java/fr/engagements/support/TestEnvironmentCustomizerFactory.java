package fr.engagements.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What every Spring test context of this JVM shares: the test mail server's port (free, chosen once,
 * so that two test runs on one machine never collide), and with {@code -Dtest.database=postgres} the
 * embedded PostgreSQL server instead of H2 (the second surefire execution of the build does that).
 */
public class TestEnvironmentCustomizerFactory implements ContextCustomizerFactory {

  private static final int MAIL_PORT = freePort();

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return new TestEnvironment();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class TestEnvironment implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("spring.mail.port", MAIL_PORT);
      if (TestPostgres.selected()) {
        properties.put("spring.datasource.url", TestPostgres.jdbcUrl());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
      }
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-environment", properties));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TestEnvironment;
    }

    @Override
    public int hashCode() {
      return TestEnvironment.class.hashCode();
    }
  }
}
