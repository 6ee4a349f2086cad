package fr.engagements.notification;

import fr.engagements.casefile.Applicant;
import java.util.List;
import java.util.Optional;

import fr.engagements.notification.TaskMails.Audience;
import fr.engagements.notification.TaskMails.Mail;
import fr.engagements.notification.TaskMails.TaskFacts;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Relancer" (bean {@code remindTaskDelegate}): on the path of a non-interrupting timer attached to a user task, e-mails
 * whoever that task still awaits (its assignee, else the members of its candidate groups) with a
 * reminder. The reminded task is the open task of the same process instance whose definition key is
 * the service task's extension property {@code taskKey}; without that property, the task the timer is
 * attached to when the service task directly follows the boundary event. Nothing is sent when the task
 * is no longer open (completed meanwhile).
 */
@Component
public class RemindTaskDelegate implements JavaDelegate {

  public static final String TASK_KEY_PROPERTY = "taskKey";
  private static final Logger LOG = LoggerFactory.getLogger(RemindTaskDelegate.class);

  private final NotificationService notifications;
  private final TaskMails mails;

  RemindTaskDelegate(NotificationService notifications, TaskMails mails) {
    this.notifications = notifications;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = ModelProperties.of(execution, TASK_KEY_PROPERTY).or(() -> attachedTaskKey(execution))
        .orElseThrow(() -> new IllegalStateException("Element " + execution.getCurrentActivityId()
            + " has no extension property '" + TASK_KEY_PROPERTY + "' naming the task to remind"));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      LOG.info("Case {}: no open task {} to remind", execution.getProcessBusinessKey(), taskKey);
    }
    for (Task task : open) {
      remind(execution, tasks, task);
    }
  }

  private void remind(DelegateExecution execution, TaskService tasks, Task task) {
    Object applicantName = execution.getVariable(Applicant.NAME.name());
    TaskFacts facts = new TaskFacts(task.getId(), modelName(execution, task), execution.getProcessBusinessKey(),
        applicantName instanceof String s ? s : null, task.getCreateTime(), task.getDueDate(), task.getDescription());
    String assignee = task.getAssignee();
    if (assignee != null) {
      if (assignee.equals(execution.getVariable(Applicant.ID.name()))
          && execution.getVariable(Applicant.EMAIL.name()) instanceof String email && !email.isBlank()) {
        Mail mail = mails.reminder(facts, Audience.applicant(facts.applicantName()));
        notifications.toEmail(execution, email.strip(), mail.subject(), mail.body());
      } else {
        Mail mail = mails.reminder(facts, Audience.user());
        notifications.toUser(execution, assignee, mail.subject(), mail.body());
      }
      return;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        Mail mail = mails.reminder(facts, Audience.group(link.getGroupId()));
        notifications.toGroup(execution, link.getGroupId(), mail.subject(), mail.body());
      } else if (link.getUserId() != null) {
        Mail mail = mails.reminder(facts, Audience.user());
        notifications.toUser(execution, link.getUserId(), mail.subject(), mail.body());
      }
    }
  }

  private static String modelName(DelegateExecution execution, Task task) {
    FlowElement element = execution.getProcessEngineServices().getRepositoryService()
        .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    return element != null && element.getName() != null ? element.getName() : task.getTaskDefinitionKey();
  }

  /** The task whose boundary event directly precedes this element, if any. */
  static Optional<String> attachedTaskKey(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof FlowNode node)) {
      return Optional.empty();
    }
    for (SequenceFlow incoming : node.getIncoming()) {
      if (incoming.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
        return Optional.of(boundary.getAttachedTo().getId());
      }
    }
    return Optional.empty();
  }
}
