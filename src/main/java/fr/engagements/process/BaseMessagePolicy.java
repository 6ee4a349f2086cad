package fr.engagements.process;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link MessagePolicy} given its message name and variables once, to the constructor. */
public abstract class BaseMessagePolicy implements MessagePolicy {

  private final String messageName;
  private final Set<String> variables;

  protected BaseMessagePolicy(String messageName, Var<?>... variables) {
    this.messageName = messageName;
    this.variables = Arrays.stream(variables).map(Var::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public final String messageName() {
    return messageName;
  }

  @Override
  public final Set<String> variables() {
    return variables;
  }
}
