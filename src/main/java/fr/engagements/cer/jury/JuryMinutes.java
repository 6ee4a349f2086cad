package fr.engagements.cer.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The session's minutes (procès-verbal) as a PDF letter of the session (CER_J5): members and attendance, each
 * candidacy with its decision, the tally, the recusals, the motivation and every member's vote with its rationale, then,
 * apart, each appeal against a decision of the jury (maintained or withdrawn, the same details),
 * signed in the system by the president. Stored like the decision letters (SHA-256 kept); read by the session's members,
 * the secretariat and administrators ({@code /api/jury/sessions/{id}/minutes.pdf}).
 */
@Component
class JuryMinutes {

  private final JurySessions sessions;
  private final DecisionLetters letters;

  JuryMinutes(JurySessions sessions, DecisionLetters letters) {
    this.sessions = sessions;
    this.letters = letters;
  }

  /** Issues the minutes' PDF (once: a re-run step finds it); returns its letter id. */
  Long issue(DelegateExecution execution, Long sessionId) {
    JurySession session = sessions.session(sessionId).orElseThrow();
    List<Map<String, Object>> members = new ArrayList<>();
    for (JuryMember m : session.getMembers()) {
      members.add(Map.of("name", name(execution, m.getUserId()), "seat", m.getRole().label()
          + (m.getDetail() == null ? "" : " (" + m.getDetail() + ")"), "presence", m.isPresent() ? "présent" : "absent"));
    }
    List<Map<String, Object>> items = new ArrayList<>();
    List<Map<String, Object>> appeals = new ArrayList<>();
    for (JuryAgendaItem item : sessions.agenda(sessionId)) {
      if (item.getStatus() != JuryAgendaItem.Status.ON_AGENDA) {
        continue;
      }
      JurySessions.Result result = sessions.result(session, item);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("applicantName", item.getApplicantName());
      row.put("businessKey", item.getBusinessKey());
      row.put("businessKey", item.itemKey());
      row.put("subject", item.isAppeal() ? "recours gracieux contre la décision du jury sur " + (item.isPost()
          ? "le poste d’interne hors contingent" : "l’entrée dans le CER") : item.isPost() ? "poste d’interne hors contingent"
          : "entrée dans le CER");
      String decision = item.getDecision() != null ? item.getDecision() : result.decision();
      row.put("outcome", decision == null && item.isAppeal() ? "non décidé, reporté à la session suivante" : outcome(decision));
      row.put("tally", result.decision() == null && result.votesFor() + result.votesAgainst() == 0 ? "(" + result.why() + ")"
          : "(" + result.votesFor() + (item.isAppeal() ? " voix pour le maintien, " + result.votesAgainst() + " pour le retrait"
              : " voix pour, " + result.votesAgainst() + " contre") + (result.castingVote()
              ? " ; voix prépondérante du président" : "") + ")");
      List<String> recused = sessions.declarations(sessionId).stream()
          .filter(d -> item.getId().equals(d.getItemId()) && d.isRecused()).map(d -> name(execution, d.getUserId())).toList();
      row.put("recused", recused.isEmpty() ? null : String.join(", ", recused));
      row.put("motivation", item.getMotivation());
      row.put("votes", sessions.votes(item).stream().map(v -> Map.of("name", name(execution, v.getUserId()),
          "vote", voteLabel(item, v.getChoice()), "rationale", v.getRationale())).toList());
      (item.isAppeal() ? appeals : items).add(row);
    }
    String president = name(execution, session.getPresidentId());
    LetterRequest request = LetterRequest.of(CerJurySessionProcess.businessKey(sessionId), CerJurySessionProcess.KEY,
        execution.getProcessInstanceId(), LetterKind.JURY_MINUTES, 1, "SIGNED", session.getPresidentId(), president)
        .with("sender", "Jury national du Contrat d’Engagement Recherche")
        .with("sessionLabel", session.getLabel())
        .with("sessionDate", FrenchFormat.day(session.getSessionDate()))
        .with("campaignYear", session.getCampaignYear())
        .with("sessionKind", session.getKind() == JurySession.Kind.ENTRY ? "décisions d’entrée" : "postes d’interne hors contingent")
        .with("president", president)
        .with("secretary", name(execution, session.getSecretaryId()))
        .with("tieRule", session.getTieRule() == JurySession.TieRule.PRESIDENT_CASTING_VOTE ? "voix prépondérante du président"
            : "report de la candidature à la session suivante")
        .with("members", members)
        .with("items", items)
        .with("appeals", appeals);
    return letters.issue(request).id();
  }

  private static String outcome(String decision) {
    if (decision == null) {
      return "non décidée, reportée à la session suivante";
    }
    return switch (decision) {
      case "ADMITTED" -> "admise";
      case "REJECTED" -> "refusée";
      case "GRANTED" -> "poste accordé";
      case "REFUSED" -> "poste refusé";
      case "UPHELD" -> "décision maintenue";
      case "WITHDRAWN" -> "décision retirée";
      default -> decision;
    };
  }

  private static String voteLabel(JuryAgendaItem item, JuryVote.Choice choice) {
    boolean pro = choice == JuryVote.Choice.FOR;
    if (item.isAppeal()) {
      return pro ? "maintenir" : "retirer";
    }
    return pro ? (item.isPost() ? "accorder" : "admettre") : "refuser";
  }

  private static String name(DelegateExecution execution, String userId) {
    if (userId == null) {
      return "—";
    }
    User user = Context.getCommandContext().runWithoutAuthorization(() ->
        execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }
}
