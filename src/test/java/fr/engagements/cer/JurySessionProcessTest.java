package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.JurySitting;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national jury decides as a body (CER_J5, CER_P6, issue 15): the majority of the votes cast, a tie settled by the
 * president's vote, no quorum without the CER_P6 seats among the members present and not recused, observers who never
 * vote, and the signed minutes as a PDF read back (members, votes, decisions).
 */
class JurySessionProcessTest extends CerProcessTestSupport {

  @Autowired
  DecisionLetters letters;

  /** Two candidacies waiting for the jury, on today's session (the session sits today: no clock to move). */
  private ProcessInstance[] twoCandidacies(JurySession[] sessionHolder) {
    sessionHolder[0] = demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
    ProcessInstance a = start(eligible());
    verifyDossier(a, true, null);
    ProcessInstance b = start(eligible());
    verifyDossier(b, true, null);
    return new ProcessInstance[] {a, b};
  }

  private String key(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  private JuryAgendaItem itemOf(JurySession session, ProcessInstance pi) {
    return jurySessions.agenda(session.getId()).stream().filter(i -> i.getProcessInstanceId().equals(pi.getId())).findFirst()
        .orElseThrow();
  }

  @Test
  void CER_J5_theMajorityOfTheVotesCastDecidesAndTheMinutesRecordEachVote() {
    JurySession[] session = new JurySession[1];
    ProcessInstance[] cases = twoCandidacies(session);
    String a = key(cases[0]);
    String b = key(cases[1]);
    // a: 4 for, 2 against → admitted; b: 1 for, 5 against → rejected
    JurySitting sitting = sitting().decide(k -> k.equals(a) ? "ADMITTED" : "REJECTED")
        .vote("jury1", a, "REJECTED").vote("jury2", a, "REJECTED").vote("jury1", b, "ADMITTED");
    sitting.sit(session[0]);

    assertThat(cases[0]).isWaitingAt("decideFunding");
    assertThat(cases[1]).isEnded().hasPassed("endRejected");
    JuryAgendaItem itemA = itemOf(session[0], cases[0]);
    assertThat(itemA.getStatus()).isEqualTo(JuryAgendaItem.Status.DECIDED);
    assertThat(itemA.getVotesFor()).isEqualTo(4);
    assertThat(itemA.getVotesAgainst()).isEqualTo(2);
    assertThat(itemOf(session[0], cases[1]).getVotesFor()).isEqualTo(1);

    JurySession closed = jurySessions.session(session[0].getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(JurySession.Status.CLOSED);
    Letter minutes = letters.find(closed.getMinutesLetterId()).orElseThrow();
    assertThat(minutes.kind()).isEqualTo(LetterKind.JURY_MINUTES);
    String text = LetterPdf.text(letters.pdf(minutes.id()).orElseThrow()).replaceAll("\\s+", " ");
    assertThat(text).contains("Procès-verbal — Séance du 1er octobre " + year, "Président : Marc Leroy",
        "Paul Durand", "observateur d'une association étudiante", "présent", a, "admise", "(4 voix pour, 2 contre)", b, "refusée", "(1 voix pour, 5 contre)",
        "Vote motivé de jury1 sur le dossier.", "Signé dans le système par Marc Leroy, président de séance");
    // the applicant's letter cites the session (issue 15)
    Letter entry = letters.ofCase(a).stream().filter(l -> l.kind() == LetterKind.CER_ENTRY).findFirst().orElseThrow();
    assertThat(LetterPdf.text(letters.pdf(entry.id()).orElseThrow()).replaceAll("\\s+", " "))
        .contains("réuni en séance (session « Séance du 1er octobre " + year + " » du 1er octobre " + year + ")");
  }

  @Test
  void CER_J5_aTieIsSettledByThePresidentsVote() {
    JurySession[] session = new JurySession[1];
    ProcessInstance[] cases = twoCandidacies(session);
    String a = key(cases[0]);
    // six voters: jury1, jury2, jury3 (president) admit; jury4, jury5, jury6 reject → 3 to 3, the president admits
    JurySitting sitting = sitting().decide(k -> "ADMITTED")
        .vote("jury4", a, "REJECTED").vote("jury5", a, "REJECTED").vote("jury6", a, "REJECTED");
    sitting.sit(session[0]);

    JuryAgendaItem item = itemOf(session[0], cases[0]);
    assertThat(item.getVotesFor()).isEqualTo(3);
    assertThat(item.getVotesAgainst()).isEqualTo(3);
    assertThat(item.isCastingVote()).isTrue();
    assertThat(item.getDecision()).isEqualTo("ADMITTED");
    assertThat(cases[0]).isWaitingAt("decideFunding");
  }

  @Test
  void CER_P6_aMissingSeatMeansNoQuorumAndTheCandidacyGoesToTheNextSession() {
    JurySession[] session = new JurySession[1];
    ProcessInstance[] cases = twoCandidacies(session);
    // the deans' conference's only member is absent: no candidacy can be voted on
    sitting().decide(k -> "ADMITTED").absent("jury5").sit(session[0]);

    assertThat(cases[0]).isWaitingAt(Tasks.DECIDE_ENTRY);
    assertThat(itemOf(session[0], cases[0]).getStatus()).isEqualTo(JuryAgendaItem.Status.DEFERRED);
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(session[0].getProcessInstanceId())
        .taskDefinitionKey("castVotes").count()).as("nobody votes without quorum").isZero();
    // the next session of the campaign gets it, and decides
    assertThat(jurySessions.openItem(cases[0].getId(), Tasks.DECIDE_ENTRY)).map(JuryAgendaItem::getSessionId)
        .isPresent().get().isNotEqualTo(session[0].getId());
    decideEntry(cases[0], EntryDecision.ADMITTED);
    assertThat(cases[0]).isWaitingAt("decideFunding");
  }

  @Test
  void CER_J5_aRecusedMemberDoesNotVoteOnThatCandidacyButVotesOnTheOthers() {
    JurySession[] session = new JurySession[1];
    ProcessInstance[] cases = twoCandidacies(session);
    String a = key(cases[0]);
    sitting().decide(k -> "ADMITTED").link("jury6", a, "SAME_LAB").sit(session[0]);

    assertThat(itemOf(session[0], cases[0]).getVotesFor()).isEqualTo(5);
    assertThat(itemOf(session[0], cases[1]).getVotesFor()).isEqualTo(6);
    assertThat(jurySessions.recused(a)).containsExactly("jury6");
  }

  @Test
  void CER_P6_observersNeverVoteAndNoMemberVotesTwice() {
    JurySession[] session = new JurySession[1];
    twoCandidacies(session);
    JurySession planned = jurySessions.session(session[0].getId()).orElseThrow();
    assertThat(planned.member("observateur")).isPresent();

    assertThatThrownBy(() -> jurySessions.vote(planned.getId(), "observateur", List.of())).hasMessageContaining("ne vote pas");
    assertThatThrownBy(() -> jurySessions.vote(planned.getId(), "someone-else", List.of())).hasMessageContaining("ne siège pas");
    assertThat(CerDemoData.JURY).anyMatch(s -> s.userId().equals("observateur") && !s.role().votes());
  }
}
