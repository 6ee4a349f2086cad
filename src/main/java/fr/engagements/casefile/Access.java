package fr.engagements.casefile;

/** The answer of {@link CaseAccess}: allowed, or refused with a reason in French for the person. */
public record Access(boolean allowed, String reason) {

  private static final Access ALLOWED = new Access(true, null);

  public static Access granted() {
    return ALLOWED;
  }

  public static Access refused(String reason) {
    return new Access(false, reason);
  }
}
