package fr.engagements.support;

import java.util.List;

import fr.engagements.notification.NotificationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The e-mails a case has queued (instances of the {@code notification} process with its business key). */
public final class Notifications {

  private Notifications() {
  }

  /** The notifications of this case still waiting to be sent. */
  public static List<ProcessInstance> pending(ProcessEngine engine, String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).list();
  }

  /** Sends the queued e-mails of this case (executes their send jobs, as the job executor would). */
  public static int send(ProcessEngine engine, String businessKey) {
    int sent = 0;
    for (ProcessInstance notification : pending(engine, businessKey)) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(notification.getId()).singleResult();
      if (job != null) {
        engine.getManagementService().executeJob(job.getId());
        sent++;
      }
    }
    return sent;
  }
}
