package fr.engagements.cesp.privacy;

import java.util.List;
import java.util.Map;

import fr.engagements.process.CaseInputException;
import fr.engagements.casefile.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The only way to read a CESP contract's restricted data: bank details for {@code cng}, health evidence for
 * {@code cng} and {@code ars}. The caller is the Tasklist user of the browser session (the forms call this),
 * or a REST client with HTTP Basic credentials. Answers are never cached; each reading is recorded.
 */
@RestController
@RequestMapping("/api/cesp/contracts/{businessKey}")
class RestrictedDataController {

  private final RestrictedData data;
  private final IdentityService identity;

  RestrictedDataController(RestrictedData data, @Lazy IdentityService identity) {
    this.data = data;
    this.identity = identity;
  }

  @GetMapping("/bank-details")
  ResponseEntity<RestrictedData.BankDetailsView> bankDetails(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser user = caller(request);
    return private_(ResponseEntity.ok()).body(data.readBankDetails(businessKey, user.id(), user.groups()));
  }

  @GetMapping("/bank-details/rib")
  ResponseEntity<byte[]> rib(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser user = caller(request);
    return pdf(data.readRib(businessKey, user.id(), user.groups()), "rib-" + businessKey + ".pdf");
  }

  @GetMapping("/suspensions")
  ResponseEntity<List<RestrictedData.SuspensionView>> suspensions(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser user = caller(request);
    return private_(ResponseEntity.ok()).body(data.readSuspensions(businessKey, user.id(), user.groups()));
  }

  @GetMapping("/suspensions/{id}/evidence")
  ResponseEntity<byte[]> healthEvidenceDocument(@PathVariable String businessKey, @PathVariable long id, HttpServletRequest request) {
    CurrentUser user = caller(request);
    return pdf(data.readHealthEvidence(businessKey, id, user.id(), user.groups()), "justificatif-" + id + ".pdf");
  }

  @ExceptionHandler(CaseInputException.class)
  ResponseEntity<Map<String, String>> refused(CaseInputException e) {
    return ResponseEntity.status(e.status()).body(Map.of("message", String.join(" ; ", e.reasons())));
  }

  private static ResponseEntity.BodyBuilder private_(ResponseEntity.BodyBuilder builder) {
    return builder.cacheControl(CacheControl.noStore());
  }

  private static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
    return private_(ResponseEntity.ok())
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(content);
  }

  /** The caller, authenticated by web.ApiAuthenticationFilter (Basic or the webapps' session). */
  private CurrentUser caller(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw new CaseInputException(401, List.of("Authentification requise."));
    }
    return user;
  }
}
