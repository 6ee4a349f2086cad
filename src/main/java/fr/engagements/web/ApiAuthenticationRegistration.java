package fr.engagements.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The project's /api authenticates its callers ({@link ApiAuthenticationFilter}) right after the engine's REST API does. */
@Configuration
class ApiAuthenticationRegistration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }
}
