package fr.engagements.process;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A {@link TaskPolicy} whose identity — process, task, the variables a client may set — is given once, to the
 * constructor; the policy itself says only what it checks. Also answers "who is completing the task".
 */
public abstract class BaseTaskPolicy implements TaskPolicy {

  private final String processKey;
  private final String taskKey;
  private final Set<String> completionVariables;

  protected BaseTaskPolicy(String processKey, String taskKey, Var<?>... completionVariables) {
    this(processKey, taskKey, Arrays.asList(completionVariables));
  }

  protected BaseTaskPolicy(String processKey, String taskKey, Collection<? extends Var<?>> completionVariables) {
    this.processKey = processKey;
    this.taskKey = taskKey;
    this.completionVariables = completionVariables.stream().map(Var::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public final String processKey() {
    return processKey;
  }

  @Override
  public final String taskKey() {
    return taskKey;
  }

  @Override
  public final Set<String> completionVariables() {
    return completionVariables;
  }

  /** The user completing (or creating) the task; empty when the engine acts alone. */
  protected static Optional<ActingUser> actingUser(DelegateTask task) {
    return ActingUser.of(task.getProcessEngineServices());
  }
}
