package fr.engagements.privacy;

import java.util.Map;

import fr.engagements.process.CaseInputException;
import fr.engagements.casefile.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/persons/{userId}/export}: an administrator exports all that is held about one person (GDPR art. 15). */
@RestController
class PersonalDataController {

  private final PersonalDataExport export;
  private final IdentityService identity;

  PersonalDataController(PersonalDataExport export, @Lazy IdentityService identity) {
    this.export = export;
    this.identity = identity;
  }

  @GetMapping(path = "/api/admin/persons/{userId}/export", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> export(@PathVariable String userId) {
    CurrentUser caller = CurrentUser.of(identity);
    if (!caller.isAdmin()) {
      throw CaseInputException.forbidden("L'export des données d'une personne est réservé aux administrateurs.");
    }
    identity.clearAuthentication(); // the administrator is checked; read everything as the system
    try {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore())
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("donnees-" + userId + ".json").build().toString())
          .body(export.export(userId));
    } finally {
      identity.setAuthentication(caller.id(), caller.groups());
    }
  }
}
