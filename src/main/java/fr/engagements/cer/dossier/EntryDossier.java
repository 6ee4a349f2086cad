package fr.engagements.cer.dossier;

import static fr.engagements.cer.CerCandidacyProcess.ENTRY_DOSSIER;

import java.util.List;
import java.util.Locale;

import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/** The entry dossier (CER_E5): proof of doctorate, proof of lab attachment, motivation letter. */
@Component("entryDossier")
public class EntryDossier {

  /** Used by the model's gateway "Dossier complet ?". */
  public boolean isComplete(VariableScope scope) {
    return missing(scope).isEmpty();
  }

  public List<Var<FileValue>> missing(VariableScope scope) {
    return ENTRY_DOSSIER.stream().filter(doc -> !present(scope, doc)).toList();
  }

  public String describeMissing(VariableScope scope) {
    return String.join(", ", missing(scope).stream().map(v -> DocumentLabels.of(v.name()).toLowerCase(Locale.FRENCH)).toList());
  }

  private static boolean present(VariableScope scope, Var<FileValue> document) {
    TypedValue value = scope.getVariableTyped(document.name(), false);
    return value instanceof FileValue;
  }
}
