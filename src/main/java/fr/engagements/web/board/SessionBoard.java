package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JuryMember;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessionRepository;
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
      Integer present, Long declarationsReceived, Long declarationsExpected, List<SessionItem> items, int visibleItems,
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
  private final JdbcTemplate jdbc;

  SessionBoard(JurySessionRepository repository, JdbcTemplate jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  List<SessionView> sessions(CurrentUser user, boolean everySession, int year) {
    List<JurySession> list = new ArrayList<>(repository.findWithMembersByCampaignYear(year));
    list.removeIf(session -> !everySession && session.member(user.id()).isEmpty());
    list.sort(Comparator.comparing(JurySession::getSessionDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(JurySession::getId));
    if (list.isEmpty()) {
      return List.of();
    }
    // counted in SQL per campaign, grouped by session: a fixed number of statements whatever the number of sessions (a
    // national campaign sits dozens) and never one per candidacy (a session holds thousands)
    // the declarations received while a session is convened or sits; a closed session's are in its minutes
    Map<Long, long[]> declared = new HashMap<>();
    jdbc.query("select d.session_id, count(*), coalesce(sum(case when d.status <> 'PENDING' then 1 else 0 end), 0)"
        + " from jury_declaration d join jury_session s on s.id = d.session_id where s.campaign_year = ? and s.status <> 'CLOSED'"
        + " group by d.session_id",
        rs -> {
          declared.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }, year);
    Map<Long, Long> totals = new HashMap<>();
    jdbc.query("select i.session_id, count(*) from jury_agenda_item i join jury_session s on s.id = i.session_id"
        + " where s.campaign_year = ? group by i.session_id", rs -> {
          totals.put(rs.getLong(1), rs.getLong(2));
        }, year);
    // what the reader may see of an agenda: everything for the secretariat; for a member, the dossiers they declared no
    // link with at this session and are recused from at none
    Map<Long, Long> readable = everySession ? totals : new HashMap<>();
    if (!everySession) {
      // one declaration per member and agenda item: the member's own declarations, a range of their index, are the items
      jdbc.query("select d.session_id, count(*) from jury_declaration d where d.user_id = ? and d.status = 'NO_CONFLICT'"
          + " and d.item_id is not null and d.business_key not in (select r.business_key from jury_declaration r"
          + " where r.user_id = ? and r.status = 'CONFLICT') group by d.session_id", rs -> {
            readable.put(rs.getLong(1), rs.getLong(2));
          }, user.id(), user.id());
    }
    List<SessionView> views = new ArrayList<>();
    for (JurySession session : list) {
      long[] d = declared.get(session.getId());
      long total = totals.getOrDefault(session.getId(), 0L);
      int visible = readable.getOrDefault(session.getId(), 0L).intValue();
      // a closed session lists no dossier: its signed minutes give each decision, its tally and rationale
      List<SessionItem> items = session.getStatus() == JurySession.Status.CLOSED || visible == 0 ? List.of()
          : items(session, user, everySession);
      // null for a closed session: its declarations are in its minutes
      views.add(view(session, d == null ? closedOrZero(session) : Long.valueOf(d[1]), d == null ? closedOrZero(session)
          : Long.valueOf(d[0]), items, visible, (int) (total - visible)));
    }
    return views;
  }

  /** The first {@link #ITEMS_SHOWN} dossiers of an open session's agenda that the reader may see, with their votes cast. */
  private List<SessionItem> items(JurySession session, CurrentUser user, boolean everything) {
    // probed item by item in the agenda's order: the first ITEMS_SHOWN found end the scan
    String mine = everything ? "" : " and exists (select 1 from jury_declaration d where d.item_id = i.id and d.user_id = ?"
        + " and d.status = 'NO_CONFLICT') and not exists (select 1 from jury_declaration r where r.business_key = i.business_key"
        + " and r.user_id = ? and r.status = 'CONFLICT')";
    Object[] args = everything ? new Object[] {session.getId()} : new Object[] {session.getId(), user.id(), user.id()};
    return jdbc.query("select i.business_key, i.applicant_name, i.task_key, i.appeal_key, i.status,"
        + " (select count(*) from jury_vote v where v.item_id = i.id) from jury_agenda_item i where i.session_id = ?" + mine
        + " order by i.id limit " + ITEMS_SHOWN, (rs, n) -> {
          String subject = "decidePost".equals(rs.getString(3)) ? "Poste hors contingent" : "Entrée";
          return new SessionItem(rs.getString(1), rs.getString(2), rs.getString(4) != null ? "Recours gracieux ("
              + subject.toLowerCase() + ")" : subject, itemStatus(JuryAgendaItem.Status.valueOf(rs.getString(5))), rs.getLong(6),
              null, null, null, "/dossiers/" + rs.getString(1));
        }, args);
  }

  private static Long closedOrZero(JurySession session) {
    return session.getStatus() == JurySession.Status.CLOSED ? null : 0L;
  }

  private SessionView view(JurySession session, Long received, Long expected, List<SessionItem> items, int visible, int hidden) {
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

  private static String itemStatus(JuryAgendaItem.Status status) {
    return switch (status) {
      case ON_AGENDA -> "À l'ordre du jour";
      case DECIDED -> "Décidée";
      case DEFERRED -> "Reportée à la session suivante";
      case WITHDRAWN -> "Retirée de l'ordre du jour";
    };
  }
}
