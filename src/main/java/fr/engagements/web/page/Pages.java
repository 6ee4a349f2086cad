package fr.engagements.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Answers shared by the page controllers: the « Connectez-vous » page, the error pages, moved addresses. */
final class Pages {

  private Pages() {
  }

  /**
   * « Connectez-vous », HTTP 401 without {@code WWW-Authenticate}: the browser shows the page (and its link to
   * Tasklist's login) instead of its own login box.
   */
  static ModelAndView loginRequired() {
    return new ModelAndView("connexion", HttpStatus.UNAUTHORIZED);
  }

  /** The error page of this status ({@code templates/error/<status>.html}) with a reason in French. */
  static ModelAndView error(HttpStatus status, String reason) {
    ModelAndView page = new ModelAndView("error/" + status.value(), status);
    page.addObject("status", status.value());
    page.addObject("reason", reason);
    return page;
  }

  /** A permanent redirect (301) to a page of the application: an old address. */
  static RedirectView movedTo(String path) {
    return redirect(path, HttpStatus.MOVED_PERMANENTLY);
  }

  /** A redirect to a page of the application (the context path is added; the model never goes into the URL). */
  static RedirectView redirect(String path, HttpStatus status) {
    RedirectView view = new RedirectView(path, true);
    view.setStatusCode(status);
    view.setExposeModelAttributes(false);
    return view;
  }
}
