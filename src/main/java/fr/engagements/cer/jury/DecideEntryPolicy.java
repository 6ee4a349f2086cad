package fr.engagements.cer.jury;

import static fr.engagements.cer.CerCandidacyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code decideEntry}: the national jury, in session, admits or rejects with a written motivation (CER_J1, CER_J2,
 * CER_J5).
 */
@Component
class DecideEntryPolicy extends JuryDecisionPolicy<EntryDecision> {

  DecideEntryPolicy(JurySessions sessions) {
    super(sessions, Tasks.DECIDE_ENTRY, ENTRY_DECISION, EntryDecision.class, ENTRY_RATIONALE, ENTRY_DECIDED_BY, ENTRY_SESSION,
        "La décision d'entrée");
  }

  @Override
  protected String subject(DelegateTask task) {
    return "Entrée dans le CER de " + APPLICANT_NAME.find(task).orElse("la candidate ou du candidat")
        + " : admise ou refusée, avec une motivation écrite ; ni le nombre de publications ni les notes ne décident seuls"
        + " (CER_J2, CER_P8).";
  }
}
