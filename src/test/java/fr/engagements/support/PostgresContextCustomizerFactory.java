package fr.engagements.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Dtest.database=postgres}, every Spring test context runs on the embedded PostgreSQL
 * server instead of H2 (the second surefire execution of the build does that).
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return TestPostgres.selected() ? new PostgresCustomizer() : null;
  }

  private static final class PostgresCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
          "spring.datasource.url", TestPostgres.jdbcUrl(),
          "spring.datasource.username", "postgres",
          "spring.datasource.password", "postgres",
          "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PostgresCustomizer;
    }

    @Override
    public int hashCode() {
      return PostgresCustomizer.class.hashCode();
    }
  }
}
