package fr.engagements.cer.timeline;

import java.util.Map;

import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/candidacies/{businessKey}/timeline}: a candidacy's history for people, read-only.
 * Anonymous: 401. Unknown business key: 404. Who reads it is decided by {@link CaseAccess} (403 with its
 * reason otherwise).
 */
@RestController
@RequestMapping(path = "/api/candidacies", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineController {

  private final TimelineService timelines;
  private final IdentityService identity;
  private final CaseAccess access;

  TimelineController(TimelineService timelines, @Lazy IdentityService identity, CaseAccess access) {
    this.timelines = timelines;
    this.identity = identity;
    this.access = access;
  }

  @GetMapping("/{businessKey}/timeline")
  ResponseEntity<?> timeline(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      var unauthorized = ResponseEntity.status(HttpStatus.UNAUTHORIZED);
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        // a page of ours asks with the browser's session: no browser login box, the page says what to do
        unauthorized.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"engagements\", charset=\"UTF-8\"");
      }
      return unauthorized.body(error(401, "Connectez-vous pour consulter l'historique d'un dossier."));
    }
    HistoricProcessInstance instance = timelines.find(businessKey).orElse(null);
    CaseFile file = access.find(businessKey).orElse(null);
    if (instance == null || file == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(error(404, "Aucune candidature « " + businessKey + " »."));
    }
    Access decision = access.read(user, file);
    if (!decision.allowed()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(error(403, decision.reason()));
    }
    return ResponseEntity.ok(timelines.of(instance));
  }

  private static Map<String, Object> error(int status, String message) {
    return Map.of("status", status, "message", message);
  }
}
