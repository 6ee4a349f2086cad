package fr.engagements.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A case's page, {@code /dossiers/{businessKey}}: its timeline, read by {@code static/timeline.js} from
 * {@code GET /api/candidacies/{businessKey}/timeline}. The page needs a user (« Connectez-vous », 401) and answers
 * 404 or 403 itself, by the one access rule ({@link CaseAccess}). {@code /dossiers} without a key shows the
 * look-up form; {@code /timeline.html?businessKey=} (the address of earlier e-mails) redirects here.
 */
@Controller
class CasePage {

  static final String PATH = "/dossiers";

  /** Business keys are {@code CER-2026-000042}, {@code CESP-2026-AMIENS-000001}: anything else is no case. */
  private static final Pattern BUSINESS_KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final PageLayout layout;
  private final CaseAccess access;

  CasePage(PageLayout layout, CaseAccess access) {
    this.layout = layout;
    this.access = access;
  }

  @GetMapping(PATH)
  Object lookup(@RequestParam(required = false) String businessKey, HttpServletRequest request) {
    if (layout.user(request).isAnonymous()) {
      return Pages.loginRequired();
    }
    if (businessKey != null && !businessKey.isBlank()) {
      return Pages.redirect(casePath(businessKey.trim()), HttpStatus.FOUND);
    }
    return new ModelAndView("dossier");
  }

  @GetMapping(PATH + "/{businessKey}")
  ModelAndView timeline(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser user = layout.user(request);
    if (user.isAnonymous()) {
      return Pages.loginRequired();
    }
    Optional<CaseFile> file = BUSINESS_KEY.matcher(businessKey).matches() ? access.find(businessKey) : Optional.empty();
    if (file.isEmpty()) {
      return Pages.error(HttpStatus.NOT_FOUND, "Aucun dossier ne porte le numéro « " + businessKey + " ».");
    }
    Access decision = access.read(user, file.get());
    return decision.allowed() ? new ModelAndView("dossier").addObject("businessKey", businessKey)
        : Pages.error(HttpStatus.FORBIDDEN, decision.reason());
  }

  /** {@code /timeline.html?businessKey=…}: the address e-mails carry ({@code engagements.mail.timeline-url}). */
  @GetMapping("/timeline.html")
  RedirectView oldTimeline(@RequestParam(required = false) String businessKey) {
    return Pages.movedTo(businessKey == null || businessKey.isBlank() ? PATH : casePath(businessKey.trim()));
  }

  static String casePath(String businessKey) {
    return PATH + "/" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
