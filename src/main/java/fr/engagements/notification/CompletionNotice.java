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

  /** Subject (the business key is added) and body (between the greeting and the case's links). */
  record Notice(String subject, String body) {

    public static Optional<Notice> of(String subject, String body) {
      return Optional.of(new Notice(subject, body));
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
