package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JuryDeclaration;
import fr.engagements.cer.jury.JuryMember;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessionRepository;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.process.FrenchFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The session board of the national jury (issue 15): per session of a campaign, where it stands, the declarations
 * received, who is present, the votes cast per candidacy — counts only while the session sits; once it is closed, the count of
 * its dossiers and its signed minutes, which give each decision, its tally and its rationale. A member sees the sessions they sit in, without the candidacies
 * they are recused from (nor those they have not declared on: CaseAccess would not let them read them); the
 * secretariat sees every session. No rationale and no one's vote is shown here: they belong to the minutes.
 */
@Component
class SessionBoard {


  /** A candidacy on a session's agenda. */
  public record SessionItem(String businessKey, String applicantName, String kind, String status, long votesCast,
      String decision, Integer votesFor, Integer votesAgainst, String caseUrl) {
  }

  public record SessionView(long id, String label, String kind, String date, String status, String statusLabel, int members,
      Integer present, long declarationsReceived, long declarationsExpected, List<SessionItem> items, int visibleItems,
      int hiddenItems, String minutesUrl) {

    /** Candidacies of the agenda the reader may see but that the board does not list (beyond {@link #ITEMS_SHOWN}). */
    public int moreItems() {
      return visibleItems - items.size();
    }
  }

  /**
   * The candidacies listed per open session on a board page: a national session holds thousands. A closed session
   * lists none: its signed minutes give each decision, its tally and rationale (a campaign's closed sessions hold all
   * of its candidacies).
   */
  static final int ITEMS_SHOWN = 50;

  private final JurySessionRepository repository;
  private final JurySessions sessions;
  private final JdbcTemplate jdbc;

  SessionBoard(JurySessionRepository repository, JurySessions sessions, JdbcTemplate jdbc) {
    this.repository = repository;
    this.sessions = sessions;
    this.jdbc = jdbc;
  }

  List<SessionView> sessions(CurrentUser user, boolean everySession, int year) {
    List<SessionView> views = new ArrayList<>();
    List<JurySession> list = new ArrayList<>();
    for (JurySession.Kind kind : JurySession.Kind.values()) {
      list.addAll(repository.findByCampaignYearAndKindOrderByIdDesc(year, kind));
    }
    list.sort(Comparator.comparing(JurySession::getSessionDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(JurySession::getId));
    for (JurySession session : list) {
      if (everySession || session.member(user.id()).isPresent()) {
        views.add(view(session, user, everySession));
      }
    }
    return views;
  }

  private SessionView view(JurySession session, CurrentUser user, boolean everything) {
    // counted in SQL, read once per session, never per candidacy: a session of a national campaign holds thousands
    long[] declared = jdbc.queryForObject("select count(*), coalesce(sum(case when status <> 'PENDING' then 1 else 0 end), 0)"
        + " from jury_declaration where session_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, session.getId());
    long received = declared[1];
    boolean closed = session.getStatus() == JurySession.Status.CLOSED;
    if (closed) {
      // no list: the signed minutes give each decision; the board says how many the reader may see
      long total = jdbc.queryForObject("select count(*) from jury_agenda_item where session_id = ?", Long.class, session.getId());
      long readable = everything ? total : jdbc.queryForObject("select count(*) from jury_agenda_item i where i.session_id = ?"
          + " and exists (select 1 from jury_declaration d where d.item_id = i.id and d.user_id = ? and d.status = 'NO_CONFLICT')"
          + " and not exists (select 1 from jury_declaration r where r.business_key = i.business_key and r.user_id = ?"
          + " and r.status = 'CONFLICT')", Long.class, session.getId(), user.id(), user.id());
      return view(session, received, declared[0], List.of(), (int) readable, (int) (total - readable));
    }
    Set<Long> declaredNoLink = new HashSet<>(jdbc.queryForList("select item_id from jury_declaration where session_id = ?"
        + " and user_id = ? and status = 'NO_CONFLICT' and item_id is not null", Long.class, session.getId(), user.id()));
    Set<String> recusedFrom = everything ? Set.of() : new HashSet<>(jdbc.queryForList(
        "select distinct business_key from jury_declaration where user_id = ? and status = 'CONFLICT'", String.class, user.id()));
    Map<Long, Long> votesCast = new HashMap<>();
    jdbc.query("select v.item_id, count(*) from jury_vote v join jury_agenda_item i on i.id = v.item_id where i.session_id = ?"
        + " group by v.item_id", rs -> {
          votesCast.put(rs.getLong(1), rs.getLong(2));
        }, session.getId());
    List<SessionItem> items = new ArrayList<>();
    int hidden = 0;
    int visible = 0;
    for (JuryAgendaItem item : sessions.agenda(session.getId())) {
      boolean readable = everything || declaredNoLink.contains(item.getId());
      if (!readable || recusedFrom.contains(item.getBusinessKey())) {
        hidden++;
        continue;
      }
      if (++visible > ITEMS_SHOWN) {
        continue; // counted; the board's list, filtered by step, gives them
      }
      long cast = votesCast.getOrDefault(item.getId(), 0L);
      // an item decided in a session not yet closed: the decision is the minutes' until the president signs them
      String subject = item.isPost() ? "Poste hors contingent" : "Entrée";
      items.add(new SessionItem(item.getBusinessKey(), item.getApplicantName(), item.isAppeal() ? "Recours gracieux (" + subject.toLowerCase() + ")" : subject,
          itemStatus(item), cast, null, null, null, "/dossiers/" + item.getBusinessKey()));
    }
    return view(session, received, declared[0], items, visible, hidden);
  }

  private SessionView view(JurySession session, long received, long expected, List<SessionItem> items, int visible, int hidden) {
    Integer present = session.getOpenedAt() == null ? null
        : (int) session.getMembers().stream().filter(JuryMember::isPresent).count();
    return new SessionView(session.getId(), session.getLabel(), session.getKind() == JurySession.Kind.ENTRY ? "Décisions d'entrée"
        : "Décisions sur le poste", session.getSessionDate() == null ? null : FrenchFormat.day(session.getSessionDate()),
        status(session), statusLabel(status(session)), session.getMembers().size(), present, received, expected, items,
        visible, hidden, session.getMinutesLetterId() == null ? null : "/api/jury/sessions/" + session.getId() + "/minutes.pdf");
  }

  /** planned, convened, open, minutes (being written or signed), closed. */
  private String status(JurySession session) {
    return switch (session.getStatus()) {
      case PLANNED -> "PLANNED";
      case CONVENED -> "CONVENED";
      case CLOSED -> "CLOSED";
      case IN_SESSION -> session.getProcessInstanceId() != null && jdbc.queryForObject(
          "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ in ('draftMinutes', 'signMinutes')",
          Long.class, session.getProcessInstanceId()) > 0 ? "MINUTES" : "OPEN";
    };
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "PLANNED" -> "Programmée";
      case "CONVENED" -> "Convoquée (déclarations d'intérêts)";
      case "OPEN" -> "En séance (votes)";
      case "MINUTES" -> "Procès-verbal en cours";
      default -> "Close";
    };
  }

  private static String itemStatus(JuryAgendaItem item) {
    return switch (item.getStatus()) {
      case ON_AGENDA -> "À l'ordre du jour";
      case DECIDED -> "Décidée";
      case DEFERRED -> "Reportée à la session suivante";
      case WITHDRAWN -> "Retirée de l'ordre du jour";
    };
  }
}
