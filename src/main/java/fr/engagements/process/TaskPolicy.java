package fr.engagements.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The rules of one user task: what completing it may set, and what is checked when the task is
 * created and completed. A {@code @Component} implementing this is applied to every user task whose
 * process and definition key match, by {@link TaskLifecycleListener}.
 */
public interface TaskPolicy {

  String processKey();

  String taskKey();

  /** The variables a client may set when completing the task; anything else is refused over HTTP. */
  Set<String> completionVariables();

  /** Prepares the task for its users (description, local facts). */
  default void onCreate(DelegateTask task) {
  }

  /** Checks the completion; throws {@link CaseInputException} to refuse it, leaving the task open. */
  default void onComplete(DelegateTask task) {
  }

  /** The task is closed: after an accepted completion, or deleted (interrupting event, end of the case). */
  default void onEnd(DelegateTask task) {
  }
}
