package fr.engagements.cer.jury;

import java.util.Set;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseParticipants;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import org.springframework.stereotype.Component;

/** The national jury takes part in every candidacy, except a member recused from it, who sees nothing of it (issue 9). */
@Component
class JuryParticipants implements CaseParticipants {

  private final JuryDeclarations declarations;

  JuryParticipants(JuryDeclarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public CaseType type() {
    return CaseType.CER;
  }

  @Override
  public Set<String> groups() {
    return Set.of(Groups.CER_JURY, Groups.CER_JURY_OBSERVERS);
  }

  @Override
  public Part part(CurrentUser user, CaseFile file) {
    if (declarations.recusedByBusinessKey(file.businessKey()).contains(user.id())) {
      return Part.excluded("Vous êtes récusé pour cette candidature (conflit d'intérêts déclaré) : elle ne vous est pas accessible.");
    }
    return Part.takesPart();
  }
}
