package fr.engagements.casefile;

import fr.engagements.process.Var;

/**
 * The variables every case carries about the person it is for, under the same names in both contracts:
 * read and written through these, never by string literal (notifications, letters, task names, timelines).
 */
public final class Applicant {

  public static final Var<String> ID = Var.string("applicantId");
  public static final Var<String> NAME = Var.string("applicantName");
  public static final Var<String> EMAIL = Var.string("applicantEmail");
  /** Optional postal address, multi-line, for letters. */
  public static final Var<String> ADDRESS = Var.string("applicantAddress");

  private Applicant() {
  }
}
