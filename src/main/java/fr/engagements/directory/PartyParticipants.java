package fr.engagements.directory;

import java.util.Set;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseParticipants;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import org.springframework.stereotype.Component;

/**
 * CER_P11, CESP_12: a lab director, head of department, dean, DES coordinator, ARS agent or UFR officer takes part
 * in the cases that name their institution (case_party), and in no other (GDPR: need to know).
 */
class PartyParticipants implements CaseParticipants {

  private static final String NOT_YOURS = "Ce dossier ne désigne pas votre établissement : vous ne pouvez pas le consulter.";

  private final CaseType type;
  private final Set<String> groups;
  private final CaseParties parties;

  PartyParticipants(CaseType type, Set<String> groups, CaseParties parties) {
    this.type = type;
    this.groups = groups;
    this.parties = parties;
  }

  @Override
  public CaseType type() {
    return type;
  }

  @Override
  public Set<String> groups() {
    return groups;
  }

  @Override
  public Part part(CurrentUser user, CaseFile file) {
    return parties.takesPart(file.businessKey(), user.groups()) ? Part.takesPart() : Part.notConcerned(NOT_YOURS);
  }

  /** The signers and the ARS of CER projects. */
  @Component
  static class Cer extends PartyParticipants {
    Cer(CaseParties parties) {
      super(CaseType.CER, Set.of(Groups.LAB_DIRECTORS, Groups.HEADS_OF_DEPARTMENT, Groups.DEANS, Groups.DES_COORDINATORS,
          Groups.ARS), parties);
    }
  }

  /** The UFR and the ARS of CESP applications and contracts. */
  @Component
  static class Cesp extends PartyParticipants {
    Cesp(CaseParties parties) {
      super(CaseType.CESP, Set.of(Groups.UFR, Groups.ARS), parties);
    }
  }
}
