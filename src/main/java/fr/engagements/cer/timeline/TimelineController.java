package fr.engagements.cer.timeline;

import java.util.Map;

import fr.engagements.cer.jury.JuryDeclarations;
import fr.engagements.identity.Groups;
import fr.engagements.web.CurrentUser;
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
 * Anonymous: 401. Unknown business key: 404. A user whose only group is {@code cer-applicants} (or who
 * has no group) reads only their own candidacy (403 otherwise); every other actor (secretariat, jury,
 * signers, ARS, administrators…) reads any, except a jury member recused from that candidacy (403).
 */
@RestController
@RequestMapping(path = "/api/candidacies", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineController {

  private final TimelineService timelines;
  private final IdentityService identity;
  private final JuryDeclarations declarations;

  TimelineController(TimelineService timelines, @Lazy IdentityService identity, JuryDeclarations declarations) {
    this.timelines = timelines;
    this.identity = identity;
    this.declarations = declarations;
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
    if (instance == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(error(404, "Aucune candidature « " + businessKey + " »."));
    }
    if (!mayRead(user, timelines.applicantOf(instance).orElse(null))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(error(403, "Vous ne pouvez consulter que l'historique de votre propre candidature."));
    }
    if (declarations.recusedByBusinessKey(businessKey).contains(user.id())) {
      // a recused jury member sees nothing more of the candidacy, its deliberation included (issue 9)
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(error(403, "Vous êtes récusé pour cette candidature (conflit d'intérêts déclaré) : son historique ne vous est pas"
              + " accessible."));
    }
    return ResponseEntity.ok(timelines.of(instance));
  }

  /** Actors of any other group read every case; applicants (or users without a group) only their own. */
  static boolean mayRead(CurrentUser user, String applicantId) {
    boolean actor = user.groups().stream().anyMatch(g -> !Groups.CER_APPLICANTS.equals(g));
    return actor || user.id().equals(applicantId);
  }

  private static Map<String, Object> error(int status, String message) {
    return Map.of("status", status, "message", message);
  }
}
