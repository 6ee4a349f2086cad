package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The CESP dossier (CESP_4): application form, schooling certificate, identity document, residence permit
 * (foreign nationals only), CV, bank details (RIB, kept restricted), motivation letter with the
 * professional project, ranking declaration, transcripts of the last two years.
 */
@Component("cespDossier")
public class CespDossier {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(APPLICATION_FORM.name(), "Le formulaire de candidature"),
      Map.entry(SCHOOLING_CERTIFICATE.name(), "Le certificat de scolarité"),
      Map.entry(IDENTITY_DOCUMENT.name(), "La pièce d'identité"),
      Map.entry(RESIDENCE_PERMIT.name(), "Le titre de séjour"),
      Map.entry(CV.name(), "Le CV"),
      Map.entry(BANK_DETAILS.name(), "Le relevé d'identité bancaire (RIB)"),
      Map.entry(MOTIVATION_LETTER.name(), "La lettre de motivation avec le projet professionnel"),
      Map.entry(RANKING_DECLARATION.name(), "La déclaration de classement"),
      Map.entry(TRANSCRIPTS.name(), "Les relevés de notes des deux dernières années"));

  private final RestrictedData restricted;

  CespDossier(RestrictedData restricted) {
    this.restricted = restricted;
  }

  public static String label(String variable) {
    return LABELS.getOrDefault(variable, "Le document " + variable);
  }

  /** The documents this applicant must give: the residence permit only for a foreign national. */
  public static List<Var<FileValue>> required(VariableScope scope) {
    boolean foreign = Boolean.TRUE.equals(FOREIGN_NATIONAL.get(scope));
    return DOSSIER.stream().filter(doc -> doc != RESIDENCE_PERMIT || foreign).toList();
  }

  /** Used by the model's gateway "Dossier complet ?". */
  public boolean isComplete(DelegateExecution execution) {
    return missing(execution, execution.getProcessBusinessKey()).isEmpty();
  }

  /** Variable names of the missing documents, the RIB included (it is held apart). */
  public List<String> missing(VariableScope scope, String businessKey) {
    List<String> missing = new ArrayList<>();
    for (Var<FileValue> doc : required(scope)) {
      TypedValue value = scope.getVariableTyped(doc.name(), false);
      if (!(value instanceof FileValue)) {
        missing.add(doc.name());
      }
    }
    if (!restricted.hasRib(businessKey)) {
      missing.add(BANK_DETAILS.name());
    }
    return missing;
  }

  private static String lowerFirst(String variable) {
    String label = label(variable);
    return label.substring(0, 1).toLowerCase(Locale.FRENCH) + label.substring(1);
  }

  public String describeMissing(VariableScope scope, String businessKey) {
    return String.join(", ", missing(scope, businessKey).stream().map(CespDossier::lowerFirst).toList());
  }
}
