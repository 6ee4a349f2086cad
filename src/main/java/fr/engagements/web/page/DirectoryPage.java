package fr.engagements.web.page;

import fr.engagements.casefile.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * « Annuaire » ({@code /admin/annuaire}), for administrators: the institutions and their agents, the tasks waiting for
 * want of an agent, the recent changes. The page reads and writes through the directory's JSON API
 * ({@code /api/admin/directory/*}, {@code static/annuaire.js}), which checks the administrator again and audits each
 * change: the page holds no rule of its own.
 */
@Controller
class DirectoryPage {

  private final PageLayout layout;

  DirectoryPage(PageLayout layout) {
    this.layout = layout;
  }

  @GetMapping(PageLayout.DIRECTORY)
  ModelAndView directory(HttpServletRequest request) {
    CurrentUser user = layout.user(request);
    if (user.isAnonymous()) {
      return Pages.loginRequired();
    }
    if (!user.isAdmin()) {
      return Pages.error(HttpStatus.FORBIDDEN, "La gestion de l'annuaire est réservée aux administrateurs.");
    }
    return new ModelAndView("annuaire");
  }
}
