package fr.engagements.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Something that follows every user task of every process (e-mails, for instance). A {@code @Component}
 * implementing this is called by {@link TaskLifecycleListener} after the task's {@link TaskPolicy}: on
 * creation once the task is named, assigned and described; on completion once the policy has accepted it.
 * Runs in the engine's transaction; a failure fails the step, so observers only queue work.
 */
public interface TaskObserver {

  /** The task has just been created (assignee, candidates, due date and description are set). */
  default void created(String processKey, DelegateTask task) {
  }

  /** The task is being completed; its completion variables are set and accepted by its policy. */
  default void completed(String processKey, DelegateTask task) {
  }
}
