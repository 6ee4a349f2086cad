package fr.engagements.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Narrows who a new user task is offered to, before its {@link TaskPolicy} and {@link TaskObserver}s run
 * (so that its description and e-mails name the right people): e.g. the model's role group {@code deans}
 * becomes the dean of the faculty the case names. Called by {@link TaskLifecycleListener} on creation.
 */
public interface TaskScope {

  void scope(String processKey, DelegateTask task);

  /** Before the task's policy checks a completion: refuses ({@link CaseInputException}) a user the scope excludes. */
  default void checkWorker(String processKey, DelegateTask task, String userId) {
  }
}
