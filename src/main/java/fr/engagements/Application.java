package fr.engagements;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Case management for the CER and CESP contracts: Camunda 7 engine, Tasklist, Cockpit and /api. */
@SpringBootApplication
@EnableScheduling
public class Application {

  public static void main(String[] args) {
    try {
      SpringApplication.run(Application.class, args);
    } catch (RuntimeException startupFailure) {
      // the cause is logged by Spring Boot; leave no half-started process behind (pools, engine threads)
      System.exit(1);
    }
  }
}
