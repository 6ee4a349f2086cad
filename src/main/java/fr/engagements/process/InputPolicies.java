package fr.engagements.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every start, task and message policy of the application, by key: what the HTTP guard allows clients to send. */
@Component
public class InputPolicies {

  private final Map<String, StartPolicy> starts;
  private final Map<String, MessagePolicy> messages;
  private final TaskLifecycleListener tasks;

  InputPolicies(List<StartPolicy> starts, List<MessagePolicy> messages, TaskLifecycleListener tasks) {
    this.starts = starts.stream().collect(Collectors.toUnmodifiableMap(StartPolicy::processKey, Function.identity()));
    this.messages = messages.stream().collect(Collectors.toUnmodifiableMap(MessagePolicy::messageName, Function.identity()));
    this.tasks = tasks;
  }

  public Optional<StartPolicy> start(String processKey) {
    return Optional.ofNullable(starts.get(processKey));
  }

  public Optional<MessagePolicy> message(String name) {
    return Optional.ofNullable(messages.get(name));
  }

  public Optional<TaskPolicy> task(String processKey, String taskKey) {
    return tasks.policyFor(processKey, taskKey);
  }
}
