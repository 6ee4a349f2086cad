package fr.engagements.identity;

import java.util.List;

/** A user of the demo profile: password = id (Camunda's demo convention), mail at the demo domain. */
public record DemoUser(String id, String firstName, String lastName, List<String> groups) {

  public String email() {
    return id + "@demo.engagements.local";
  }
}
