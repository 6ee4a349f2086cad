package fr.engagements.casefile;

import java.util.List;
import java.util.Optional;

/** Each contract tells where its cases are (implemented by the CER candidacies and the CESP applications). */
public interface CaseFileSource {

  CaseType type();

  Optional<CaseFile> find(String businessKey);

  /** The cases of one person, oldest first. */
  List<CaseFile> ofApplicant(String userId);
}
