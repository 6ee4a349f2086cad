package fr.engagements.cer.jury;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseParticipants;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The jury's part in a candidacy (CER_J5, issue 9): a member (or observer) of a session that has the candidacy on its
 * agenda takes part once they declared no link with the candidate; a member who declared a link is excluded from it for
 * good; a member of no such session, or who has not declared yet, is not concerned.
 */
@Component
class JuryParticipants implements CaseParticipants {

  static final String RECUSED = "Vous êtes récusé pour cette candidature (conflit d'intérêts déclaré) : elle ne vous est pas accessible.";
  static final String DECLARE_FIRST =
      "Déclarez d'abord vos liens d'intérêts avec ce candidat (tâche « Déclarer les liens d'intérêts » de la session).";
  static final String NO_SESSION = "Vous ne siégez dans aucune session du jury qui examine cette candidature.";

  private final JurySessions sessions;
  private final JdbcTemplate jdbc;

  JuryParticipants(JurySessions sessions, JdbcTemplate jdbc) {
    this.sessions = sessions;
    this.jdbc = jdbc;
  }

  @Override
  public CaseType type() {
    return CaseType.CER;
  }

  @Override
  public Set<String> groups() {
    return Set.of(Groups.CER_JURY, Groups.CER_JURY_OBSERVERS);
  }

  @Override
  public Part part(CurrentUser user, CaseFile file) {
    if (sessions.recused(file.businessKey()).contains(user.id())) {
      return Part.excluded(RECUSED);
    }
    boolean sits = false;
    for (JuryAgendaItem item : sessions.itemsOfCase(file.businessKey())) {
      boolean member = sessions.session(item.getSessionId()).flatMap(s -> s.member(user.id())).isPresent();
      if (member && sessions.declaredNoConflict(item, user.id())) {
        return Part.takesPart();
      }
      sits |= member;
    }
    return Part.notConcerned(sits ? DECLARE_FIRST : NO_SESSION);
  }

  /**
   * The same answers for a page of candidacies in two statements: the user's recusals among them, and each of their
   * agenda items with the user's seat in its session and declaration on it (JuryPartsTest compares both).
   */
  @Override
  public Map<String, Part> parts(CurrentUser user, List<CaseFile> files) {
    List<Object> keys = files.stream().map(f -> (Object) f.businessKey()).distinct().toList();
    String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
    List<Object> args = new java.util.ArrayList<>();
    args.add(user.id());
    args.addAll(keys);
    Set<String> recused = new HashSet<>(jdbc.queryForList("select d.business_key from jury_declaration d where d.user_id = ?"
        + " and d.status = 'CONFLICT' and d.business_key in (" + marks + ")", String.class, args.toArray()));
    List<Object> itemArgs = new java.util.ArrayList<>();
    itemArgs.add(user.id());
    itemArgs.add(user.id());
    itemArgs.addAll(keys);
    Set<String> sits = new HashSet<>();
    Set<String> takesPart = new HashSet<>();
    jdbc.query("select i.business_key, m.user_id, d.status from jury_agenda_item i"
        + " left join jury_member m on m.session_id = i.session_id and m.user_id = ?"
        + " left join jury_declaration d on d.item_id = i.id and d.user_id = ?"
        + " where i.business_key in (" + marks + ")", rs -> {
          if (rs.getString(2) != null) {
            sits.add(rs.getString(1));
            if ("NO_CONFLICT".equals(rs.getString(3))) {
              takesPart.add(rs.getString(1));
            }
          }
        }, itemArgs.toArray());
    Map<String, Part> parts = new HashMap<>();
    for (Object key : keys) {
      String k = (String) key;
      parts.put(k, recused.contains(k) ? Part.excluded(RECUSED) : takesPart.contains(k) ? Part.takesPart()
          : Part.notConcerned(sits.contains(k) ? DECLARE_FIRST : NO_SESSION));
    }
    return parts;
  }
}
