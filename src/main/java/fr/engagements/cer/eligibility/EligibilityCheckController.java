package fr.engagements.cer.eligibility;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cer/eligibility-check}: anonymous (see {@code ApiAuthenticationFilter.PUBLIC}); answers
 * 200 with the result and its rule, 400 with the problems of the answers, 422 when no campaign is set up.
 * The page {@code /eligibilite.html} asks it.
 */
@RestController
class EligibilityCheckController {

  private final EligibilitySelfCheck selfCheck;

  EligibilityCheckController(EligibilitySelfCheck selfCheck) {
    this.selfCheck = selfCheck;
  }

  @PostMapping(path = "/api/cer/eligibility-check", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  EligibilitySelfCheck.Answer check(@RequestBody(required = false) Map<String, Object> answers) {
    return selfCheck.check(answers);
  }
}
