package fr.engagements.appeal;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who {@code answerAppeal} is offered to, for the model's expressions ({@code ${appealAnswerers.groups(execution)}},
 * {@code ${appealAnswerers.assignee(execution)}}): the group of the body that decided, or one person who answers for
 * it. A body answering in session ({@link CollegialAnswer}, the CER's jury) has no assignee: its task is shown to the
 * group that follows it (the CER secretariat) and completed by the session. An empty list, not null: the engine refuses
 * a null candidate group.
 */
@Component("appealAnswerers")
public class AppealAnswerers {

  public List<String> groups(DelegateExecution execution) {
    String group = AppealProcess.ANSWER_GROUP.get(execution);
    return group == null ? List.of() : List.of(group);
  }

  public String assignee(DelegateExecution execution) {
    return AppealProcess.ANSWER_ASSIGNEE.get(execution);
  }
}
