package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.cer.CerLabels;
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
 * received, who is present, the votes cast per candidacy — counts only while the session sits, the decisions and their
 * tallies once it is closed — and its signed minutes. A member sees the sessions they sit in, without the candidacies
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

  /** The candidacies listed per session on a board page: a national session holds thousands (the minutes list them all). */
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
    List<JuryDeclaration> declarations = sessions.declarations(session.getId());
    long received = declarations.stream().filter(d -> d.getStatus() != JuryDeclaration.Status.PENDING).count();
    boolean closed = session.getStatus() == JurySession.Status.CLOSED;
    // read once per session, not once per candidacy (a session of a national campaign holds thousands): the items the
    // member declared no link with, the candidacies they are recused from (any session), the votes cast per item
    Set<Long> declaredNoLink = new HashSet<>();
    declarations.stream().filter(d -> d.getItemId() != null && d.getUserId().equals(user.id())
        && d.getStatus() == JuryDeclaration.Status.NO_CONFLICT).forEach(d -> declaredNoLink.add(d.getItemId()));
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
        continue; // counted; the board's list (filtered by step) and the minutes give the rest
      }
      long cast = votesCast.getOrDefault(item.getId(), 0L);
      String decision = closed && item.getDecision() != null ? (item.isAppeal() ? appealDecision(item.getDecision())
          : CerLabels.value(item.getDecision()).orElse(item.getDecision())) : null;
      String subject = item.isPost() ? "Poste hors contingent" : "Entrée";
      items.add(new SessionItem(item.getBusinessKey(), item.getApplicantName(), item.isAppeal() ? "Recours gracieux (" + subject.toLowerCase() + ")" : subject,
          itemStatus(item), cast, decision, closed ? item.getVotesFor() : null, closed ? item.getVotesAgainst() : null,
          "/dossiers/" + item.getBusinessKey()));
    }
    Integer present = session.getOpenedAt() == null ? null
        : (int) session.getMembers().stream().filter(JuryMember::isPresent).count();
    return new SessionView(session.getId(), session.getLabel(), session.getKind() == JurySession.Kind.ENTRY ? "Décisions d'entrée"
        : "Décisions sur le poste", session.getSessionDate() == null ? null : FrenchFormat.day(session.getSessionDate()),
        status(session), statusLabel(status(session)), session.getMembers().size(), present, received, declarations.size(), items,
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

  private static String appealDecision(String decision) {
    return "WITHDRAWN".equals(decision) ? "Décision retirée" : "Décision maintenue";
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
