package fr.engagements.appeal;

import static fr.engagements.appeal.AppealProcess.*;

import fr.engagements.appeal.AppealProcess.AppealDecision;
import fr.engagements.process.ActingUser;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code answerAppeal}: the body that decided maintains or withdraws its decision, with a rationale (required, it is
 * printed in the answer's letter). The description says what is contested, by whom, when, and until when an answer
 * is due before silence becomes a rejection (CRPA L231-4).
 */
@Component
class AnswerAppealPolicy extends BaseTaskPolicy {

  static final int MIN_RATIONALE = 20;

  AnswerAppealPolicy() {
    super(KEY, Tasks.ANSWER_APPEAL, APPEAL_DECISION, APPEAL_RATIONALE);
  }

  @Override
  public void onCreate(DelegateTask task) {
    String session = DECIDING_SESSION.get(task);
    task.setDescription("Recours gracieux de " + APPLICANT_NAME.get(task) + " contre la décision « " + LETTER_LABEL.get(task)
        + " » notifiée le " + FrenchFormat.dayInWords(NOTIFIED_ON.get(task)) + ", déposé le " + FrenchFormat.dayInWords(FILED_ON.get(task))
        + ". Maintenez ou retirez la décision, motif à l'appui"
        + (session == null ? "." : " : la réponse est donnée après délibération du jury (décision prise en " + session + ").")
        + " Sans réponse au " + FrenchFormat.dayInWords(IMPLICIT_REJECTION_ON.get(task)) + ", le recours est réputé rejeté.");
    if (IMPLICIT_REJECTION_ON.get(task) != null) {
      task.setDueDate(java.util.Date.from(IMPLICIT_REJECTION_ON.get(task).atStartOfDay(fr.engagements.config.EngineClock.ZONE).toInstant()));
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.choice(APPEAL_DECISION, "La réponse au recours (décision maintenue ou retirée)", AppealDecision.class, true);
    String rationale = check.text(APPEAL_RATIONALE, "Le motif de la réponse", InputCheck.MAX_TEXT, true);
    if (rationale != null && rationale.strip().length() < MIN_RATIONALE) {
      check.problem("Le motif de la réponse doit compter au moins " + MIN_RATIONALE + " caractères : il est écrit dans le courrier.");
    }
    check.done();
    actingUser(task).map(ActingUser::id).ifPresent(id -> ANSWERED_BY.set(task.getExecution(), id));
  }
}
