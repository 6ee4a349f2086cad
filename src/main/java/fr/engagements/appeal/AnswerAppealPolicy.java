package fr.engagements.appeal;

import static fr.engagements.appeal.AppealProcess.*;

import java.util.List;
import java.util.Optional;

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
 * is due before silence becomes a rejection (CRPA L231-4). A body that answers in session ({@link CollegialAnswer}: the
 * CER's national jury) puts the appeal on its agenda and completes the task itself; a person's completion is refused.
 */
@Component
class AnswerAppealPolicy extends BaseTaskPolicy {

  static final int MIN_RATIONALE = AppealProcess.MIN_RATIONALE;

  private final List<CollegialAnswer> bodies;

  AnswerAppealPolicy(List<CollegialAnswer> bodies) {
    super(KEY, Tasks.ANSWER_APPEAL, APPEAL_DECISION, APPEAL_RATIONALE);
    this.bodies = List.copyOf(bodies);
  }

  private Optional<CollegialAnswer> body(DelegateTask task) {
    return CollegialAnswer.of(bodies, ANSWER_COLLEGIUM.get(task));
  }

  @Override
  public void onCreate(DelegateTask task) {
    String session = DECIDING_SESSION.get(task);
    String contested = "Recours gracieux de " + APPLICANT_NAME.get(task) + " contre la décision « " + LETTER_LABEL.get(task)
        + " » notifiée le " + FrenchFormat.dayInWords(NOTIFIED_ON.get(task)) + ", déposé le " + FrenchFormat.dayInWords(FILED_ON.get(task))
        + ". ";
    String silence = " Sans réponse au " + FrenchFormat.dayInWords(IMPLICIT_REJECTION_ON.get(task)) + ", le recours est réputé rejeté.";
    Optional<CollegialAnswer> body = body(task);
    if (body.isPresent()) {
      task.setDescription(contested + body.get().opened(task) + silence);
    } else {
      task.setDescription(contested + "Maintenez ou retirez la décision, motif à l'appui"
          + (session == null ? "." : " : la réponse est donnée après délibération du jury (décision prise en " + session + ").")
          + silence);
    }
    if (IMPLICIT_REJECTION_ON.get(task) != null) {
      task.setDueDate(java.util.Date.from(IMPLICIT_REJECTION_ON.get(task).atStartOfDay(fr.engagements.config.EngineClock.ZONE).toInstant()));
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    AppealDecision decision = check.choice(APPEAL_DECISION, "La réponse au recours (décision maintenue ou retirée)", AppealDecision.class, true);
    String rationale = check.text(APPEAL_RATIONALE, "Le motif de la réponse", InputCheck.MAX_TEXT, true);
    if (rationale != null && rationale.strip().length() < MIN_RATIONALE) {
      check.problem("Le motif de la réponse doit compter au moins " + MIN_RATIONALE + " caractères : il est écrit dans le courrier.");
    }
    Optional<CollegialAnswer> body = body(task);
    if (body.isPresent()) {
      // a person is told that the answer is not theirs to give before any remark on the form
      CollegialAnswer.Decided decided = body.get().completing(task, decision);
      check.done();
      ANSWERED_BY.set(task.getExecution(), decided.signedBy());
      ANSWERING_SESSION.set(task.getExecution(), decided.session());
      return;
    }
    check.done();
    actingUser(task).map(ActingUser::id).ifPresent(id -> ANSWERED_BY.set(task.getExecution(), id));
  }

  @Override
  public void onEnd(DelegateTask task) {
    body(task).ifPresent(b -> b.ended(task));
  }
}
