package fr.engagements.appeal;

import java.util.List;

import fr.engagements.casefile.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals over HTTP (authenticated by {@code web.ApiAuthenticationFilter}):
 * <ul>
 * <li>{@code POST /api/cases/{businessKey}/appeals}, JSON {@code {"letterId": 12, "text": "…", "documents":
 * [{"filename": "piece.pdf", "contentBase64": "JVBERi0…"}]}}: files an appeal, by the person the case is for only
 * (201 with the appeal; 400, 403, 404, 409, 422 with a French reason);</li>
 * <li>{@code GET /api/cases/{businessKey}/appeals}: the case's appeals, for whoever may read the case;</li>
 * <li>{@code GET /api/cases/{businessKey}/appeals/contestable}: the decisions the caller may contest today;</li>
 * <li>{@code GET /api/cases/{businessKey}/appeals/{number}/documents/{name}}: a document of an appeal
 * ({@code appealDocument1}…), for whoever may read the case.</li>
 * </ul>
 */
@RestController
@RequestMapping(path = "/api/cases/{businessKey}/appeals", produces = MediaType.APPLICATION_JSON_VALUE)
class AppealController {

  private final Appeals appeals;
  private final IdentityService identity;

  AppealController(Appeals appeals, @Lazy IdentityService identity) {
    this.appeals = appeals;
    this.identity = identity;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Appeals.Summary> file(@PathVariable String businessKey, @RequestBody Appeals.Filing filing) {
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(appeals.file(CurrentUser.of(identity), businessKey, filing));
  }

  /** The decisions the caller may contest today (the case page offers them in its form); none unless the case is theirs. */
  @GetMapping("/contestable")
  ResponseEntity<List<Appeals.Contestable>> contestable(@PathVariable String businessKey) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(appeals.contestable(CurrentUser.of(identity), businessKey));
  }

  /** A document attached to an appeal, for whoever may read the case (the jury members who examine it, once declared). */
  @GetMapping(path = "/{number}/documents/{name}", produces = MediaType.ALL_VALUE)
  ResponseEntity<byte[]> document(@PathVariable String businessKey, @PathVariable int number, @PathVariable String name) {
    FileValue file = appeals.attachment(CurrentUser.of(identity), businessKey, number, name);
    byte[] bytes;
    try (var in = file.getValue()) {
      bytes = in == null ? null : in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (bytes == null) {
      throw new fr.engagements.process.CaseInputException(410, List.of("Cette pièce a été supprimée à l'issue de la durée de conservation."));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
            file.getFilename() == null ? name + ".pdf" : file.getFilename()).build().toString())
        .body(bytes);
  }

  @GetMapping
  ResponseEntity<List<Appeals.Summary>> list(@PathVariable String businessKey) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(appeals.list(CurrentUser.of(identity), businessKey));
  }
}
