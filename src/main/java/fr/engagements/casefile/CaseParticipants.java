package fr.engagements.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who, among the members of some groups, takes part in a given case: the jury members of the session that
 * examines it (minus the recused), the dean of the faculty it names… Implemented by the feature that knows;
 * {@link CaseAccess} asks it for members of {@link #groups()} only.
 */
public interface CaseParticipants {

  CaseType type();

  /** The groups this decides for. */
  Set<String> groups();

  /**
   * Whether this user (a member of one of {@link #groups()}) takes part in the case. A refusal with
   * {@link #EXCLUDED} semantics (e.g. a recusal) wins over every other right but the administrator's.
   */
  Part part(CurrentUser user, CaseFile file);

  /**
   * {@link #part} for many cases of {@link #type()} at once, by business key: a board checks a page of rows. The same
   * answers; an implementation that reads the database answers in a fixed number of statements.
   */
  default Map<String, Part> parts(CurrentUser user, List<CaseFile> files) {
    Map<String, Part> parts = new HashMap<>();
    files.forEach(file -> parts.put(file.businessKey(), part(user, file)));
    return parts;
  }

  /** The answer: takes part, does not, or is excluded from the case (with the reason shown to them). */
  record Part(Kind kind, String reason) {

    public enum Kind { TAKES_PART, NOT_CONCERNED, EXCLUDED }

    public static Part takesPart() {
      return new Part(Kind.TAKES_PART, null);
    }

    public static Part notConcerned(String reason) {
      return new Part(Kind.NOT_CONCERNED, reason);
    }

    public static Part excluded(String reason) {
      return new Part(Kind.EXCLUDED, reason);
    }
  }
}
