package fr.engagements.notification;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A letter to the applicant when a user task is completed with a decision that concerns them, keyed
 * by process key and task definition key. Declare one as a bean and it is sent, through
 * {@link ApplicantNotifier}, in the transaction of the completion (after the task's policy accepted it):
 *
 * <pre>
 * &#64;Bean
 * CompletionNotice postDecisionNotice() {
 *   return CompletionNotice.on(CerCandidacyProcess.KEY, Tasks.DECIDE_POST, task -&gt; Notice.of(
 *       "Décision sur votre poste", "Le jury national ... Motivation : " + task.getVariable("postRationale")));
 * }
 * </pre>
 */
public interface CompletionNotice {

  String processKey();

  String taskKey();

  /** The letter for this completion, or empty when this completion concerns nobody (e.g. a dossier found complete). */
  Optional<Notice> compose(DelegateTask task);

  /**
   * Subject (the business key is added) and body (between the greeting and the case's links), and the
   * decision letter to attach ({@code letterId}, or {@code null}).
   */
  record Notice(String subject, String body, Long letterId) {

    public static Optional<Notice> of(String subject, String body) {
      return Optional.of(new Notice(subject, body, null));
    }

    /** A notice with its decision letter (PDF) attached. */
    public static Optional<Notice> of(String subject, String body, long letterId) {
      return Optional.of(new Notice(subject, body, letterId));
    }
  }

  static CompletionNotice on(String processKey, String taskKey, Function<DelegateTask, Optional<Notice>> compose) {
    return new CompletionNotice() {
      @Override
      public String processKey() {
        return processKey;
      }

      @Override
      public String taskKey() {
        return taskKey;
      }

      @Override
      public Optional<Notice> compose(DelegateTask task) {
        return compose.apply(task);
      }

      @Override
      public String toString() {
        return "CompletionNotice[" + processKey + "#" + taskKey + "]";
      }
    };
  }
}
