package fr.engagements.cer.candidacy;

import java.util.Map;

/** French names of the documents, for messages and forms. */
public final class DocumentLabels {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("doctorateProof", "La preuve du doctorat"),
      Map.entry("labAttachmentProof", "L'attestation de rattachement au laboratoire"),
      Map.entry("motivationLetter", "La lettre de motivation"),
      Map.entry("scientificProject", "Le projet scientifique"),
      Map.entry("residencyPlan", "La maquette d'internat"),
      Map.entry("prerequisitesProof", "La preuve des prérequis du 3e cycle"),
      Map.entry("cv", "Le CV"));

  private DocumentLabels() {
  }

  public static String of(String variable) {
    return LABELS.getOrDefault(variable, "Le document " + variable);
  }
}
