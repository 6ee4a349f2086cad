package fr.engagements.web.page;

import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.web.mycases.MyCasesService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * « Mes dossiers » ({@link PageLayout#MY_CASES}): the cases of the person logged in, where each stands, what they can
 * do now, their letters and their money ({@link MyCasesService}, the same answer as {@code GET /api/my-cases}). A
 * visitor gets « Connectez-vous » (401), as on a case's page.
 */
@Controller
class MyCasesPage {

  private final PageLayout layout;
  private final MyCasesService myCases;

  MyCasesPage(PageLayout layout, MyCasesService myCases) {
    this.layout = layout;
    this.myCases = myCases;
  }

  @GetMapping(PageLayout.MY_CASES)
  ModelAndView myCases(HttpServletRequest request) {
    CurrentUser user = layout.user(request);
    if (user.isAnonymous()) {
      return Pages.loginRequired();
    }
    return new ModelAndView("mes-dossiers")
        .addObject("answer", myCases.of(user))
        .addObject("cerStartForm", MyCasesService.startFormLink(CaseType.CER))
        .addObject("cespStartForm", MyCasesService.startFormLink(CaseType.CESP))
        .addObject("selfCheck", PageLayout.SELF_CHECK)
        .addObject("boards", PageLayout.BOARDS);
  }
}
