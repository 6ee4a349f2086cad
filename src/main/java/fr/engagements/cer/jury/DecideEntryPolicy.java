package fr.engagements.cer.jury;

import static fr.engagements.cer.CerCandidacyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code decideEntry}: the national jury admits or rejects, with a written rationale (CER_J1, CER_J2),
 * only when the campaign's entry session can decide (CER_P6) and only by a voting member.
 */
@Component
class DecideEntryPolicy extends JuryDecisionPolicy<EntryDecision> {

  DecideEntryPolicy(JuryService jury, JuryDeclarations declarations) {
    super(jury, declarations, Tasks.DECIDE_ENTRY, JurySession.Kind.ENTRY, ENTRY_DECISION, EntryDecision.class, ENTRY_RATIONALE,
        ENTRY_DECIDED_BY, "La décision d'entrée");
  }

  @Override
  protected String instructions(DelegateTask task, JurySession session) {
    return "Admettez ou refusez l'entrée dans le CER, avec une motivation écrite. Ni le nombre de publications ni les notes"
        + " ne décident seuls (CER_J2, CER_P8). Session : « " + session.getLabel() + " ».";
  }
}
