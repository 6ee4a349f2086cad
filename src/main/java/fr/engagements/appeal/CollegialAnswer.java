package fr.engagements.appeal;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A body that answers appeals as a body, in session (the CER's national jury): {@code answerAppeal} goes on its agenda
 * when it opens, and is completed by the body's own step once it has decided — never by a person. Implemented by the
 * feature that holds the body; {@code AnswerAppealPolicy} calls it for appeals whose {@link AppealProcess#ANSWER_COLLEGIUM}
 * it accepts.
 */
public interface CollegialAnswer {

  boolean accepts(String collegium);

  /** {@code answerAppeal} opened: it goes on the agenda of the body's next session, or waits for one. Returns the
   * sentence, in French, that the task's description ends with (where the appeal stands). */
  String opened(DelegateTask task);

  /**
   * {@code answerAppeal} is being completed: refuses (CaseInputException 403) unless the body completes it with the
   * decision it took; then returns the session that decided, in words, and who signed for it.
   */
  Decided completing(DelegateTask task, AppealProcess.AppealDecision decision);

  /** {@code answerAppeal} closed (answered, or the appeal ended otherwise): off the agenda if still on it. */
  void ended(DelegateTask task);

  /** The body's answer: the session in words (« session « … » du 15 novembre 2027 ») and who signed (user id). */
  record Decided(String session, String signedBy) {
  }

  /** Helper for callers: the body that accepts this collegium, if any. */
  static Optional<CollegialAnswer> of(Iterable<CollegialAnswer> bodies, String collegium) {
    if (collegium == null) {
      return Optional.empty();
    }
    for (CollegialAnswer body : bodies) {
      if (body.accepts(collegium)) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }
}
