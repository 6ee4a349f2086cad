package fr.engagements.web.board;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.process.CaseInputException;
import fr.engagements.web.page.PageLayout;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * « Tableaux de bord » ({@code /tableaux}): the boards of the person reading, rendered on the server (filters are a
 * plain GET form, every link works without JavaScript). {@code /tableaux} opens the first board of the user;
 * {@code /tableaux/{board}} takes the parameters of {@code /api/boards/{board}}.
 */
@Controller
class BoardsPage {

  static final String PATH = PageLayout.BOARDS;

  private final Boards boards;
  private final PageLayout layout;

  BoardsPage(Boards boards, PageLayout layout) {
    this.boards = boards;
    this.layout = layout;
  }

  @GetMapping(PATH)
  Object first(HttpServletRequest request) {
    CurrentUser user = layout.user(request);
    if (user.isAnonymous()) {
      return page(request, "connexion", HttpStatus.UNAUTHORIZED);
    }
    List<Board> mine = boards.of(user);
    if (mine.isEmpty()) {
      return error(request, HttpStatus.FORBIDDEN, "Les tableaux de bord sont réservés aux services qui conduisent les campagnes"
          + " (secrétariat et jury du CER, scolarités des UFR, CNG, ARS). Vos dossiers sont dans « Mes dossiers ».");
    }
    RedirectView view = new RedirectView(PATH + "/" + mine.get(0).id(), true);
    view.setStatusCode(HttpStatus.FOUND);
    view.setExposeModelAttributes(false);
    return view;
  }

  @GetMapping(PATH + "/{board}")
  ModelAndView board(@PathVariable String board, @RequestParam Map<String, String> params, HttpServletRequest request) {
    CurrentUser user = layout.user(request);
    if (user.isAnonymous()) {
      return page(request, "connexion", HttpStatus.UNAUTHORIZED);
    }
    try {
      Board which = Boards.board(board);
      BoardPage data = boards.page(user, which, params);
      return page(request, "tableaux", HttpStatus.OK).addObject("boards", boards.of(user)).addObject("current", which)
          .addObject("data", data).addObject("links", new Links(which, data.filter()));
    } catch (CaseInputException e) {
      HttpStatus status = HttpStatus.valueOf(e.status());
      return error(request, status, String.join(" ", e.reasons()));
    }
  }

  private ModelAndView page(HttpServletRequest request, String view, HttpStatus status) {
    return new ModelAndView(view, status).addObject("layout", layout.of(request));
  }

  private ModelAndView error(HttpServletRequest request, HttpStatus status, String reason) {
    String view = status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND ? "error/" + status.value() : "error";
    return page(request, view, status).addObject("status", status.value()).addObject("reason", reason);
  }

  /** The addresses of the page with one parameter changed (sort, page, step…): the template's links. */
  public record Links(Board board, BoardFilter filter) {

    public String self() {
      return with(Map.of());
    }

    public String csv() {
      return "/api/boards/" + board.id() + ".csv" + query(filter.params());
    }

    public String page(int page) {
      return with(Map.of("page", Integer.toString(page)));
    }

    public String step(String step) {
      Map<String, String> changes = new LinkedHashMap<>();
      changes.put("step", step);
      changes.put("page", "1");
      return with(changes);
    }

    public String overdue() {
      return with(Map.of("overdue", "true", "page", "1"));
    }

    /** The column's sort: ascending, or descending when it is the ascending sort already. */
    public String sort(String column) {
      String next = filter.sort().equals(column) && !filter.descending() ? "-" + column : column;
      return with(Map.of("sort", next, "page", "1"));
    }

    /** aria-sort of a column header. */
    public String ariaSort(String column) {
      return filter.sort().equals(column) ? (filter.descending() ? "descending" : "ascending") : null;
    }

    private String with(Map<String, String> changes) {
      Map<String, String> params = new LinkedHashMap<>(filter.params());
      changes.forEach(params::put);
      if ("1".equals(params.get("page"))) {
        params.remove("page");
      }
      if ("key".equals(params.get("sort"))) {
        params.remove("sort");
      }
      return PATH + "/" + board.id() + query(params);
    }

    private static String query(Map<String, String> params) {
      return params.isEmpty() ? "" : "?" + params.entrySet().stream()
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
  }
}
