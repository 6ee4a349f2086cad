package fr.engagements.cer.project;

import java.util.Arrays;
import java.util.List;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reference/cer-signers}: the signers of a project (CER_P3), one row each, as {@link Signer}
 * declares them. The one signing form ({@code forms/cer/sign-project.html}) finds its signer here by the task's
 * key, so a new signer needs a row of {@link Signer} and a task in the model, not a new form.
 */
@RestController
class SignersController {

  /** A signer: its task, its role in French ("le doyen de la faculté d'accueil") and the variables of its decision. */
  record SignerRow(String taskKey, String role, String approved, String comment, String signedBy) {
  }

  @GetMapping(path = "/api/reference/cer-signers", produces = MediaType.APPLICATION_JSON_VALUE)
  List<SignerRow> signers() {
    return Arrays.stream(Signer.values())
        .map(s -> new SignerRow(s.taskKey(), s.role(), s.approved().name(), s.comment().name(), s.signedBy().name()))
        .toList();
  }
}
