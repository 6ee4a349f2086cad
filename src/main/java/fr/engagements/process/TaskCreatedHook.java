package fr.engagements.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Something to do when any user task is created (after its policy ran): access grants, notifications… */
public interface TaskCreatedHook {

  void taskCreated(DelegateTask task);
}
