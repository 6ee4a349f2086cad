package fr.engagements.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of ours, the error pages included (Spring Boot's error controller renders
 * {@code templates/error/*.html}), the {@code layout} model attribute. Limited to these controllers: the
 * {@code /api} controllers never pay for it.
 */
@ControllerAdvice(basePackageClasses = PageModel.class, assignableTypes = ErrorController.class)
class PageModel {

  private final PageLayout layout;

  PageModel(PageLayout layout) {
    this.layout = layout;
  }

  @ModelAttribute("layout")
  PageLayout.Layout layout(HttpServletRequest request) {
    return layout.of(request);
  }
}
