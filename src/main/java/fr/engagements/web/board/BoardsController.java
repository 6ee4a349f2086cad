package fr.engagements.web.board;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boards over HTTP (what {@code /tableaux} shows):
 * <ul>
 * <li>{@code GET /api/boards}: the boards of the caller ({@code id}, {@code title}, {@code description});</li>
 * <li>{@code GET /api/boards/{board}?campaign=&step=&outcome=&overdue=&q=&sort=&page=}: one page ({@link BoardFilter});</li>
 * <li>{@code GET /api/boards/{board}.csv?…}: the same page as CSV for French Excel.</li>
 * </ul>
 * 401 without a user, 403 for a board that is not the caller's, 404 for an unknown board, 400 for bad filters — in French.
 */
@RestController
class BoardsController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Boards boards;
  private final IdentityService identity;

  BoardsController(Boards boards, @Lazy IdentityService identity) {
    this.boards = boards;
    this.identity = identity;
  }

  record BoardEntry(String id, String title, String description, String api, String page) {
  }

  @GetMapping(path = "/api/boards", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<BoardEntry>> list() {
    CurrentUser user = user();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(boards.of(user).stream()
        .map(b -> new BoardEntry(b.id(), b.title(), b.description(), "/api/boards/" + b.id(), "/tableaux/" + b.id())).toList());
  }

  @GetMapping(path = "/api/boards/{board}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String board, @RequestParam Map<String, String> params) {
    Board which = Boards.board(board);
    BoardPage page = boards.page(user(), which, params);
    String name = "tableau-" + which.id() + "-" + page.campaign() + (page.page() > 1 ? "-page-" + page.page() : "") + ".csv";
    return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(BoardCsv.of(which, page).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping(path = "/api/boards/{board}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<BoardPage> page(@PathVariable String board, @RequestParam Map<String, String> params) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(boards.page(user(), Boards.board(board), params));
  }

  private CurrentUser user() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter les tableaux de bord.");
    }
    return user;
  }
}
