package fr.engagements.web.mycases;

import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/my-cases}: « Mes dossiers » in JSON, for the caller (HTTP Basic or the Tasklist session,
 * {@code web.ApiAuthenticationFilter}; anonymous: 401). Only the caller's own cases, whatever their groups.
 */
@RestController
class MyCasesController {

  private final MyCasesService myCases;
  private final IdentityService identity;

  MyCasesController(MyCasesService myCases, @Lazy IdentityService identity) {
    this.myCases = myCases;
    this.identity = identity;
  }

  @GetMapping(path = "/api/my-cases", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> myCases() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Map.of("status", 401, "message", "Connectez-vous pour consulter vos dossiers."));
    }
    // personal data: never kept by a cache on the way
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(myCases.of(user));
  }
}
