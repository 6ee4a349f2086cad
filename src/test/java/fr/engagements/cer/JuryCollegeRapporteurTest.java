package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JuryRole;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.UniversityColleges;
import fr.engagements.directory.DirectoryDemoData;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CER_P6: « un rapporteur de chaque collège universitaire concerné ». The college a candidacy concerns follows from the
 * specialty its project names (reference data: each DES specialty belongs to one college); a post session without the
 * rapporteur of that college cannot decide it, the next session that has one does.
 */
class JuryCollegeRapporteurTest extends CerProjectTestSupport {

  @Autowired
  UniversityColleges colleges;
  @Autowired
  CaseJournal journal;

  @Test
  void CER_P6_eachSpecialtyBelongsToAUniversityCollege() {
    assertThat(colleges.ofSpecialty(DirectoryDemoData.AMIENS_SPECIALTY)).contains("MEDICAL");
    assertThat(colleges.ofSpecialty("Neurochirurgie")).contains("SURGICAL");
    assertThat(colleges.ofSpecialty("Psychiatrie")).contains("PSYCHIATRY");
    assertThat(colleges.ofSpecialty("Médecine polaire")).isEmpty();
    assertThat(colleges.label("MEDICAL")).contains("Collège des disciplines médicales");
  }

  @Test
  void CER_P6_aPostSessionWithoutTheRapporteurOfTheCandidacysCollegeCannotDecideItTheNextOneWithHimDoes() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    LocalDate day = LocalDate.of(year + 3, 5, 15);

    jurySessions.retire(year); // the campaign's planned sessions (the demo's) would take the candidacy on their agenda
    // the demo jury, but its rapporteur sits for the surgical college: the cardiology candidacy concerns the medical one
    JurySession session = new JurySession(year, JurySession.Kind.POST, "Séance des postes sans rapporteur médical", day);
    for (CerDemoData.Seat seat : CerDemoData.JURY) {
      session.addMember(seat.userId(), seat.role(), seat.detail(), seat.role() == JuryRole.COLLEGE_RAPPORTEUR ? "SURGICAL" : null);
    }
    JurySession withoutRapporteur = jurySessions.plan(session.officers(CerDemoData.PRESIDENT, CerDemoData.SECRETARY));
    JuryAgendaItem item = jurySessions.openItem(pi.getId(), Tasks.DECIDE_POST).orElseThrow();
    assertThat(item.getSessionId()).isEqualTo(withoutRapporteur.getId());
    assertThat(item.getCollegeCode()).isEqualTo("MEDICAL");

    sitting().decide(key -> "GRANTED").motivation("Soutenance convaincante.").sit(withoutRapporteur);
    executeDueJobs(pi);

    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);
    JuryAgendaItem deferred = jurySessions.itemsOfCase(businessKey(pi)).stream()
        .filter(i -> i.getSessionId().equals(withoutRapporteur.getId())).findFirst().orElseThrow();
    assertThat(deferred.getStatus()).isEqualTo(JuryAgendaItem.Status.DEFERRED);
    assertThat(journal.of(businessKey(pi))).map(CaseJournal.Entry::text)
        .anyMatch(line -> line.contains("il manque le rapporteur du collège des disciplines médicales"));

    // the next session, the demo jury's (its rapporteur sits for the medical college), decides it
    JurySession next = sitting().sessionOf(pi.getId(), Tasks.DECIDE_POST, year);
    assertThat(next.getId()).isNotEqualTo(withoutRapporteur.getId());
    sitting().decide(key -> "GRANTED").motivation("Soutenance convaincante, projet solide.").sit(next);
    executeDueJobs(pi);

    assertThat(pi).hasPassed(Tasks.DECIDE_POST);
    assertThat(variable(pi, POST_DECISION.name())).isEqualTo("GRANTED");
  }
}
