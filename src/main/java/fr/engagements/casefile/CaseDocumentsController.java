package fr.engagements.casefile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a case, for whoever {@link CaseAccess} lets read it — open or ended, whatever task holds
 * them now (the engine's REST API serves a task's documents to the task's users only):
 * <ul>
 * <li>{@code GET /api/cases/{businessKey}/documents}: name, file name, type and size of each (latest version);</li>
 * <li>{@code GET /api/cases/{businessKey}/documents/{name}}: one document.</li>
 * </ul>
 * Read from history as the system, after the check. 403 with the rule's reason; 404 for an unknown case or
 * document, and for a case the caller may not read when it does not exist (no probing of business keys).
 */
@RestController
@RequestMapping("/api/cases/{businessKey}/documents")
class CaseDocumentsController {

  private final CaseAccess access;
  private final IdentityService identity;
  private final HistoryService history;

  CaseDocumentsController(CaseAccess access, @Lazy IdentityService identity, @Lazy HistoryService history) {
    this.access = access;
    this.identity = identity;
    this.history = history;
  }

  record Document(String name, String filename, String mimeType, long size) {
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> list(@PathVariable String businessKey) {
    Optional<ResponseEntity<?>> refused = refusal(businessKey);
    if (refused.isPresent()) {
      return refused.get();
    }
    List<Document> documents = latest(businessKey, null).stream().map(v -> {
      FileValue file = (FileValue) v.getTypedValue();
      byte[] bytes = bytes(file);
      return new Document(v.getName(), file.getFilename(), file.getMimeType(), bytes == null ? 0 : bytes.length);
    }).toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(documents);
  }

  @GetMapping("/{name}")
  ResponseEntity<?> download(@PathVariable String businessKey, @PathVariable String name) {
    Optional<ResponseEntity<?>> refused = refusal(businessKey);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<HistoricVariableInstance> document = latest(businessKey, name).stream().findFirst();
    if (document.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "Le dossier " + businessKey + " ne contient pas de document « " + name + " ».");
    }
    FileValue file = (FileValue) document.get().getTypedValue();
    byte[] bytes = bytes(file);
    if (bytes == null) {
      return error(HttpStatus.GONE, "Ce document a été supprimé à l'issue de la durée de conservation du dossier.");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(file.getMimeType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.getMimeType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
            file.getFilename() == null ? name : file.getFilename()).build().toString())
        .body(bytes);
  }

  private Optional<ResponseEntity<?>> refusal(String businessKey) {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      return Optional.of(error(HttpStatus.UNAUTHORIZED, "Connectez-vous pour consulter les documents d'un dossier."));
    }
    Optional<CaseFile> file = access.find(businessKey);
    if (file.isEmpty()) {
      return Optional.of(error(HttpStatus.NOT_FOUND, "Aucun dossier « " + businessKey + " »."));
    }
    Access decision = access.read(user, file.get());
    return decision.allowed() ? Optional.empty() : Optional.of(error(HttpStatus.FORBIDDEN, decision.reason()));
  }

  /** The File variables of the case's process (latest value of each name), read as the system. */
  private List<HistoricVariableInstance> latest(String businessKey, String name) {
    String processInstanceId = access.find(businessKey).map(CaseFile::processInstanceId).orElse(null);
    if (processInstanceId == null) {
      return List.of();
    }
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      var query = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableTypeIn("file");
      if (name != null) {
        query.variableName(name);
      }
      return query.listPage(0, 200).stream().filter(v -> v.getTypedValue() instanceof FileValue)
          .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime).reversed())
          .filter(distinctBy()).sorted(Comparator.comparing(HistoricVariableInstance::getName)).toList();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static byte[] bytes(FileValue file) {
    try (var in = file.getValue()) {
      return in == null ? null : in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.util.function.Predicate<HistoricVariableInstance> distinctBy() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return v -> seen.add(v.getName());
  }

  private static ResponseEntity<?> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status.value(), "message", message));
  }
}
