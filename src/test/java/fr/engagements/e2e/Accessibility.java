package fr.engagements.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Automated accessibility checks of a page as it stands in the browser (RGAA 4.1 / WCAG 2.1 AA as far as a
 * machine can tell): axe-core with the WCAG 2.1 A and AA rules, failing on any {@code serious} or
 * {@code critical} violation; and no horizontal scrolling at a phone's width.
 */
public final class Accessibility {

  /** The rule sets of WCAG 2.0 and 2.1, levels A and AA (axe-core's tags). */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** What fails a test; {@code moderate} and {@code minor} findings are printed only. */
  static final Set<String> BLOCKING = Set.of("serious", "critical");

  /** A phone's width (CSS pixels), as RGAA's reflow criterion (10.11) and WCAG 1.4.10 ask (320 to 375 px). */
  public static final int PHONE_WIDTH = 375;

  private Accessibility() {
  }

  /** The whole page: no serious or critical violation of WCAG 2.1 A/AA. */
  public static void assertNoSeriousViolations(Page page, String context) {
    check(new AxeBuilder(page), context);
  }

  /**
   * Only the part of the page under this CSS selector (e.g. the form of a Tasklist task, when the surrounding
   * chrome is Camunda's and not ours to fix).
   */
  public static void assertNoSeriousViolations(Page page, String selector, String context) {
    check(new AxeBuilder(page).include(List.of(selector)), context);
  }

  private static void check(AxeBuilder axe, String context) {
    AxeResults results = axe.withTags(WCAG_21_AA).analyze();
    List<Rule> violations = results.getViolations();
    List<Rule> blocking = violations.stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    List<Rule> others = violations.stream().filter(r -> !BLOCKING.contains(r.getImpact())).toList();
    if (!others.isEmpty()) {
      System.out.println("[axe] " + context + ", not blocking:\n" + describe(others));
    }
    if (!blocking.isEmpty()) {
      fail("axe-core: serious or critical violations of WCAG 2.1 AA on " + context + ":\n" + describe(blocking));
    }
  }

  /** One paragraph per rule: impact, id, what it asks, then each element that breaks it and why. */
  static String describe(List<Rule> rules) {
    return rules.stream().map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream().map(Accessibility::node).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String node(CheckedNode node) {
    String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
    return "    " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html) + "\n      " + summary;
  }

  /**
   * At the page's current width, nothing overflows sideways: the document is no wider than the viewport (the
   * page must have been laid out at {@link #PHONE_WIDTH} by the caller, {@code page.setViewportSize}).
   */
  public static void assertNoHorizontalScroll(Page page) {
    Object overflow = page.evaluate("() => {"
        + " const doc = document.documentElement;"
        + " const width = doc.clientWidth;"
        + " if (doc.scrollWidth <= width) { return null; }"
        + " const wide = [...document.querySelectorAll('body *')]"
        + "   .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })"
        + "   .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
        + "     ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (right: ' + Math.round(e.getBoundingClientRect().right) + ')');"
        + " return 'document ' + doc.scrollWidth + ' px wide in a ' + width + ' px viewport; widest: ' + wide.join(', ');"
        + "}");
    assertThat(overflow).as("horizontal scrolling on %s", page.url()).isNull();
  }
}
