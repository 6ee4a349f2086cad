package fr.engagements.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * Work that our own rules have already allowed, run without the current user's engine authentication (e.g. starting
 * a process the person has no engine right to start), then the authentication put back as it was.
 */
public final class SystemCalls {

  private SystemCalls() {
  }

  public static <T> T asSystem(IdentityService identity, Supplier<T> work) {
    var auth = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return work.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }
}
