package fr.engagements.casefile;

import java.util.List;

/** The Camunda groups of domain.md, with their French names for Admin and Tasklist. */
public final class Groups {

  public static final String CER_APPLICANTS = "cer-applicants";
  public static final String CER_SECRETARIAT = "cer-secretariat";
  public static final String CER_JURY = "cer-jury";
  public static final String CER_JURY_OBSERVERS = "cer-jury-observers";
  public static final String LAB_DIRECTORS = "lab-directors";
  public static final String HEADS_OF_DEPARTMENT = "heads-of-department";
  public static final String DES_COORDINATORS = "des-coordinators";
  public static final String DEANS = "deans";
  public static final String ARS = "ars";
  public static final String UFR = "ufr";
  public static final String CNG = "cng";
  public static final String ADMIN = "camunda-admin";
  /** Not in domain.md: medical students applying to the CESP (the CER's applicants have their own group). */
  public static final String CESP_APPLICANTS = "cesp-applicants";

  /** Group id and display name, in domain.md's order. */
  public record Group(String id, String name) {
  }

  public static final List<Group> ALL = List.of(
      new Group(CER_APPLICANTS, "Candidats au CER"),
      new Group(CER_SECRETARIAT, "Secrétariat national du CER"),
      new Group(CER_JURY, "Jury national du CER"),
      new Group(CER_JURY_OBSERVERS, "Observateurs associatifs du jury"),
      new Group(LAB_DIRECTORS, "Directeurs de laboratoire"),
      new Group(HEADS_OF_DEPARTMENT, "Chefs de service d'accueil"),
      new Group(DES_COORDINATORS, "Coordonnateurs de DES"),
      new Group(DEANS, "Doyens"),
      new Group(ARS, "Agences régionales de santé"),
      new Group(UFR, "Scolarités des UFR"),
      new Group(CNG, "Centre national de gestion"),
      new Group(CESP_APPLICANTS, "Candidats au CESP"),
      new Group(ADMIN, "Administrateurs"));

  private Groups() {
  }
}
