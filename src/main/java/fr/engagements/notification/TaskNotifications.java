package fr.engagements.notification;

import fr.engagements.casefile.Applicant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.engagements.notification.TaskMails.Audience;
import fr.engagements.notification.TaskMails.Mail;
import fr.engagements.notification.TaskMails.TaskFacts;
import fr.engagements.process.TaskObserver;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * E-mails about every user task of every process: when a task is created, to whoever it awaits (its
 * assignee — the applicant at {@code applicantEmail} when the assignee is the case's applicant — else
 * each candidate user and the members of each candidate group); when a task is completed, the
 * {@link CompletionNotice}s declared for its key, to the applicant.
 */
@Component
class TaskNotifications implements TaskObserver {

  private final NotificationService notifications;
  private final ApplicantNotifier applicant;
  private final TaskMails mails;
  private final Map<String, List<CompletionNotice>> notices;

  TaskNotifications(NotificationService notifications, ApplicantNotifier applicant, TaskMails mails,
      List<CompletionNotice> notices) {
    this.notifications = notifications;
    this.applicant = applicant;
    this.mails = mails;
    this.notices = notices.stream().collect(Collectors.groupingBy(n -> key(n.processKey(), n.taskKey())));
  }

  private static String key(String processKey, String taskKey) {
    return processKey + "#" + taskKey;
  }

  @Override
  public void created(String processKey, DelegateTask task) {
    TaskFacts facts = TaskFacts.of(task);
    String assignee = task.getAssignee();
    if (assignee != null) {
      if (assignee.equals(task.getVariable(Applicant.ID.name()))
          && task.getVariable(Applicant.EMAIL.name()) instanceof String email && !email.isBlank()) {
        Mail mail = mails.awaiting(facts, Audience.applicant(facts.applicantName()));
        notifications.toEmail(task, email.strip(), mail.subject(), mail.body());
      } else {
        Mail mail = mails.awaiting(facts, Audience.user());
        notifications.toUser(task, assignee, mail.subject(), mail.body());
      }
      return;
    }
    Set<String> users = new LinkedHashSet<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null && !groups.contains(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    for (String group : groups) {
      Mail mail = mails.awaiting(facts, Audience.group(group));
      notifications.toGroup(task, group, mail.subject(), mail.body());
    }
    for (String user : users) {
      Mail mail = mails.awaiting(facts, Audience.user());
      notifications.toUser(task, user, mail.subject(), mail.body());
    }
  }

  @Override
  public void completed(String processKey, DelegateTask task) {
    for (CompletionNotice notice : notices.getOrDefault(key(processKey, task.getTaskDefinitionKey()), List.of())) {
      notice.compose(task).ifPresent(letter -> applicant.decision(task, letter.subject(), letter.body(), letter.letterId()));
    }
  }
}
