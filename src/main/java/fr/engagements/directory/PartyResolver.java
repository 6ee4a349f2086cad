package fr.engagements.directory;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What institutions a case names, read from its variables when one of its tasks is created: the CER project's
 * laboratory, department, faculty, DES coordination and region; the CESP application's faculty and region (and the
 * region asked for in a change). Implemented by each contract; {@link TaskScoping} records them as the case's parties.
 */
public interface PartyResolver {

  boolean handles(String processKey);

  /** The parties the case names now (roles it names no institution for are absent). */
  Map<PartyRole, Institution> resolve(DelegateTask task);
}
