package fr.engagements.letter;

import java.util.List;
import java.util.Map;

import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision letters over HTTP (authenticated by {@code web.ApiAuthenticationFilter}; rights: those on
 * the letter's case, by {@link CaseAccess}):
 * <ul>
 * <li>{@code GET /api/letters?businessKey=…}: the letters of a case, oldest first (JSON);</li>
 * <li>{@code GET /api/letters/{id}.pdf}: one letter's PDF.</li>
 * </ul>
 * 403 with a French reason for a case that is not the caller's; 404 for an unknown letter; 410 once its
 * PDF was deleted after the retention period.
 */
@RestController
@RequestMapping("/api/letters")
class LetterController {

  private final DecisionLetters letters;
  private final IdentityService identity;
  private final CaseAccess access;

  LetterController(DecisionLetters letters, @Lazy IdentityService identity, CaseAccess access) {
    this.letters = letters;
    this.identity = identity;
    this.access = access;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> ofCase(@RequestParam String businessKey) {
    CurrentUser user = CurrentUser.of(identity);
    Access decision = access.find(businessKey).map(file -> access.read(user, file))
        .orElse(Access.refused(NOT_FOUND_CASE));
    if (!decision.allowed()) {
      return error(HttpStatus.FORBIDDEN, decision.reason());
    }
    List<Letter> ofCase = letters.ofCase(businessKey);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ofCase);
  }

  @GetMapping(path = "/{id}.pdf")
  ResponseEntity<?> pdf(@PathVariable long id) {
    CurrentUser user = CurrentUser.of(identity);
    Letter letter = letters.find(id).orElse(null);
    if (letter == null) {
      return error(HttpStatus.NOT_FOUND, "Aucun courrier n° " + id + ".");
    }
    Access decision = access.find(letter.businessKey()).map(file -> access.read(user, file))
        .orElse(Access.refused(NOT_FOUND_CASE));
    if (!decision.allowed()) {
      return error(HttpStatus.FORBIDDEN, decision.reason());
    }
    byte[] pdf = letters.pdf(id).orElse(null);
    if (pdf == null) {
      return error(HttpStatus.GONE, "Ce courrier a été supprimé à l'issue de la durée de conservation du dossier.");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.filename()).build().toString())
        .header("X-Content-SHA256", letter.sha256())
        .body(pdf);
  }

  /** Said for a case that does not exist, as for one the caller may not read: no way to probe business keys. */
  static final String NOT_FOUND_CASE = "Ce dossier ne relève ni de vous ni de votre service : vous ne pouvez pas le consulter.";

  private static ResponseEntity<?> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status.value(), "message", message));
  }
}
