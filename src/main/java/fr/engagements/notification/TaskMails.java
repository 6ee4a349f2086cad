package fr.engagements.notification;

import fr.engagements.casefile.Applicant;
import java.util.Date;
import java.util.Optional;

import fr.engagements.casefile.Groups;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The French e-mails about a user task: "a task awaits you" and "reminder: it still awaits you". */
@Component
public class TaskMails {

  private final NotificationLinks links;

  TaskMails(NotificationLinks links) {
    this.links = links;
  }

  /** What a mail says about a task. {@code name} is the task's name in the model ("Vérifier le dossier d'entrée"). */
  public record TaskFacts(String taskId, String name, String businessKey, String applicantName, Date created, Date due,
      String description) {

    static TaskFacts of(DelegateTask task) {
      String name = task.getBpmnModelElementInstance() != null && task.getBpmnModelElementInstance().getName() != null
          ? task.getBpmnModelElementInstance().getName()
          : task.getName();
      String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
      Object applicant = task.getVariable(Applicant.NAME.name());
      return new TaskFacts(task.getId(), name == null ? task.getTaskDefinitionKey() : name, businessKey,
          applicant instanceof String s ? s : null, task.getCreateTime(), task.getDueDate(), task.getDescription());
    }
  }

  /** Who the mail is addressed to: the applicant (by name), one user, or the members of a group. */
  public record Audience(String greeting, String awaits, String stillAwaits) {

    public static Audience applicant(String name) {
      return new Audience(name == null || name.isBlank() ? "Bonjour," : "Bonjour " + name.strip() + ",",
          "vous attend", "vous attend toujours");
    }

    public static Audience user() {
      return new Audience("Bonjour,", "vous attend", "vous attend toujours");
    }

    public static Audience group(String groupId) {
      String name = Groups.ALL.stream().filter(g -> g.id().equals(groupId)).map(Groups.Group::name).findFirst().orElse(groupId);
      return new Audience("Bonjour,", "attend votre groupe « " + name + " »", "attend toujours votre groupe « " + name + " »");
    }
  }

  public record Mail(String subject, String body) {
  }

  public Mail awaiting(TaskFacts task, Audience to) {
    String subject = (task.due() == null ? "À traiter" : "À traiter avant le " + FrenchFormat.day(task.due()))
        + " : " + task.name() + caseSuffix(task);
    String intro = "Une tâche " + to.awaits() + " dans Tasklist.";
    return new Mail(subject, body(task, to, intro));
  }

  public Mail reminder(TaskFacts task, Audience to) {
    String subject = "Relance"
        + (task.due() == null ? "" : " — à traiter avant le " + FrenchFormat.day(task.due()))
        + " : " + task.name() + caseSuffix(task);
    String intro = "Rappel : la tâche ci-dessous " + to.stillAwaits()
        + (task.created() == null ? "." : ", depuis le " + FrenchFormat.day(task.created()) + ".");
    return new Mail(subject, body(task, to, intro));
  }

  private static String caseSuffix(TaskFacts task) {
    return task.businessKey() == null ? "" : " — " + task.businessKey();
  }

  private String body(TaskFacts task, Audience to, String intro) {
    StringBuilder body = new StringBuilder(to.greeting()).append("\n\n").append(intro).append("\n\n");
    body.append("Tâche : ").append(task.name()).append('\n');
    if (task.businessKey() != null) {
      body.append("Dossier : ").append(task.businessKey());
      Optional.ofNullable(task.applicantName()).filter(n -> !n.isBlank()).ifPresent(n -> body.append(" — ").append(n));
      body.append('\n');
    }
    body.append("Échéance : ").append(task.due() == null ? "aucune" : FrenchFormat.day(task.due())).append('\n');
    if (task.description() != null && !task.description().isBlank()) {
      body.append('\n').append(task.description().strip()).append('\n');
    }
    body.append("\nOuvrir la tâche : ").append(links.task(task.taskId())).append('\n');
    if (task.businessKey() != null) {
      body.append("Historique du dossier : ").append(links.timeline(task.businessKey())).append('\n');
    }
    body.append("\nCe message est envoyé automatiquement ; merci de ne pas y répondre.\n");
    return body.toString();
  }
}
