package fr.engagements.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public pages of the project (the eligibility self-check, the accessibility statement, personal data), the
 * old address of the self-check, and « Se déconnecter ».
 */
@Controller
class ProjectPages {

  @GetMapping(PageLayout.SELF_CHECK)
  String selfCheck() {
    return "eligibilite";
  }

  /** The address the README and earlier mails gave. */
  @GetMapping("/eligibilite.html")
  RedirectView oldSelfCheck() {
    return Pages.movedTo(PageLayout.SELF_CHECK);
  }

  @GetMapping("/accessibilite")
  String accessibility() {
    return "accessibilite";
  }

  @GetMapping("/donnees-personnelles")
  String personalData() {
    return "donnees-personnelles";
  }

  /**
   * Ends the webapps' session (Tasklist, Cockpit and these pages share it), then back to Tasklist's login. A POST:
   * a link or an image cannot log anyone out, and the session cookie is SameSite=Strict.
   */
  @PostMapping("/deconnexion")
  RedirectView logout(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Pages.redirect(PageLayout.TASKLIST, HttpStatus.SEE_OTHER);
  }

  /** Reached by a GET (a bookmark, a reload): nothing to end here, the login is in Tasklist. */
  @GetMapping("/deconnexion")
  RedirectView logoutPage() {
    return Pages.redirect(PageLayout.TASKLIST, HttpStatus.FOUND);
  }
}
