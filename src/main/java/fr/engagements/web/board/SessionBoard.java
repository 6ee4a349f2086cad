package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
  private final JdbcTemplate jdbc;

  SessionBoard(JurySessionRepository repository, JdbcTemplate jdbc) {
    this.repository = repository;
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
    // what the reader may see of the agenda, as one SQL condition: everything for the secretariat; for a member, the
    // dossiers they declared no link with at this session and are recused from at none
    String mine = everything ? "" : " and exists (select 1 from jury_declaration d where d.item_id = i.id and d.user_id = ?"
        + " and d.status = 'NO_CONFLICT') and not exists (select 1 from jury_declaration r where r.business_key = i.business_key"
        + " and r.user_id = ? and r.status = 'CONFLICT')";
    Object[] args = everything ? new Object[] {session.getId()} : new Object[] {session.getId(), user.id(), user.id()};
    long total = jdbc.queryForObject("select count(*) from jury_agenda_item where session_id = ?", Long.class, session.getId());
    int visible = jdbc.queryForObject("select count(*) from jury_agenda_item i where i.session_id = ?" + mine, Integer.class, args);
    List<SessionItem> items = jdbc.query("select i.business_key, i.applicant_name, i.task_key, i.appeal_key, i.status,"
        + " (select count(*) from jury_vote v where v.item_id = i.id) from jury_agenda_item i where i.session_id = ?" + mine
        + " order by i.id limit " + ITEMS_SHOWN, (rs, n) -> {
          String subject = "decidePost".equals(rs.getString(3)) ? "Poste hors contingent" : "Entrée";
          return new SessionItem(rs.getString(1), rs.getString(2), rs.getString(4) != null ? "Recours gracieux ("
              + subject.toLowerCase() + ")" : subject, itemStatus(JuryAgendaItem.Status.valueOf(rs.getString(5))), rs.getLong(6),
              null, null, null, "/dossiers/" + rs.getString(1));
        }, args);
    int hidden = (int) (total - visible);
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

  private static String itemStatus(JuryAgendaItem.Status status) {
    return switch (status) {
      case ON_AGENDA -> "À l'ordre du jour";
      case DECIDED -> "Décidée";
      case DEFERRED -> "Reportée à la session suivante";
      case WITHDRAWN -> "Retirée de l'ordre du jour";
    };
  }
}
