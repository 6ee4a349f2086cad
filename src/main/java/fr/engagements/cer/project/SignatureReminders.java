package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.REMINDER_COUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaigns;

/**
 * Reminders of the signers (CER_P3): the interval is the campaign's setting ({@code cer_campaign.signature_reminder_days})
 * or else the application's ({@code engagements.cer.signature-reminder-interval}, ISO-8601, default {@code P7D}); the
 * model's reminder timers read it as {@code ${signatureReminders.cycle(campaignYear)}}. A reminder never cancels the
 * task, it marks it for follow-up.
 */
@Component("signatureReminders")
public class SignatureReminders {

  private final Duration interval;
  private final Clock clock;
  private final CerCampaigns campaigns;

  SignatureReminders(@Value("${engagements.cer.signature-reminder-interval:P7D}") String interval, Clock clock,
      CerCampaigns campaigns) {
    this.campaigns = campaigns;
    try {
      this.interval = Duration.parse(interval);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("engagements.cer.signature-reminder-interval must be an ISO-8601 duration such as P7D, not "
          + interval, e);
    }
    if (this.interval.isNegative() || this.interval.isZero()) {
      throw new IllegalStateException("engagements.cer.signature-reminder-interval must be positive, not " + interval);
    }
    this.clock = clock;
  }

  public Duration interval() {
    return interval;
  }

  /** The reminder timers' cycle: every interval, for as long as the task is open (models deployed before campaigns set it). */
  public String cycle() {
    return "R/" + interval;
  }

  /** The reminder timers' cycle for a candidacy of that campaign: its setting if it has one, else the application's. */
  public String cycle(Integer campaignYear) {
    Integer days = campaignYear == null ? null
        : campaigns.find(campaignYear).map(CerCampaign::getSignatureReminderDays).orElse(null);
    return "R/" + (days == null ? interval : Duration.ofDays(days));
  }

  /**
   * Records a reminder on the open task that the current reminder path belongs to (the task the
   * boundary timer before it is attached to): {@code reminderCount} (task-local) grows by one and the
   * follow-up date becomes now, so that Tasklist shows the task as to be followed up.
   *
   * @return the reminded task, when it is still open
   */
  public Optional<Task> remind(DelegateExecution execution) {
    String taskKey = remindedTaskKey(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      return Optional.empty();
    }
    Object count = tasks.getVariableLocal(task.getId(), REMINDER_COUNT.name());
    tasks.setVariableLocal(task.getId(), REMINDER_COUNT.name(), (count instanceof Integer n ? n : 0) + 1);
    task.setFollowUpDate(Date.from(clock.instant()));
    tasks.saveTask(task);
    return Optional.of(task);
  }

  /** The key of the task whose boundary timer leads to the current element. */
  static String remindedTaskKey(DelegateExecution execution) {
    FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
    return node.getIncoming().stream().map(SequenceFlow::getSource)
        .filter(BoundaryEvent.class::isInstance)
        .map(source -> ((BoundaryEvent) source).getAttachedTo().getId())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId()
            + " must follow a timer boundary event attached to the task whose signer it reminds"));
  }
}
