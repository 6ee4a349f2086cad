package fr.engagements.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.appeal.AppealProcess;
import fr.engagements.notification.MailOutbox;
import fr.engagements.notification.OutboxMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * GDPR right of access: everything the system holds about one person — their account, their cases
 * ({@link CaseAccess#ofApplicant}), what each feature keeps about them ({@link PersonalData}: candidacies,
 * applications with bank details and suspensions, the ledger, jury declarations, decision letters…), every
 * variable of their cases (documents as name and type), the e-mails sent about their cases, the tasks they
 * worked on and what they did. Read as the system: the caller is checked first.
 */
@Service
public class PersonalDataExport {

  private static final int PAGE = 2000;

  private final IdentityService identity;
  private final HistoryService history;
  private final CaseAccess cases;
  private final List<PersonalData> features;
  private final MailOutbox outbox;

  PersonalDataExport(@Lazy IdentityService identity, @Lazy HistoryService history, CaseAccess cases, List<PersonalData> features,
      MailOutbox outbox) {
    this.outbox = outbox;
    this.identity = identity;
    this.history = history;
    this.cases = cases;
    this.features = List.copyOf(features);
  }

  public Map<String, Object> export(String userId) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("personId", userId);
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null) {
      export.put("account", Map.of("id", user.getId(), "firstName", String.valueOf(user.getFirstName()),
          "lastName", String.valueOf(user.getLastName()), "email", String.valueOf(user.getEmail()),
          "groups", identity.createGroupQuery().groupMember(userId).listPage(0, PAGE).stream().map(Group::getId).toList()));
    }
    List<CaseFile> own = cases.ofApplicant(userId);
    features.forEach(feature -> export.putAll(feature.about(userId, own)));
    List<Map<String, Object>> histories = new ArrayList<>();
    for (CaseFile file : own) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(file.businessKey()).listPage(0, PAGE)) {
        histories.add(caseOf(instance));
      }
      // the person's appeals against the case's decisions (their text, their documents' names)
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyLike(file.businessKey() + AppealProcess.KEY_SEPARATOR + "%").listPage(0, PAGE)) {
        histories.add(caseOf(instance));
      }
    }
    export.put("cases", histories);
    export.put("tasksWorkedOn", history.createHistoricTaskInstanceQuery().taskAssignee(userId).listPage(0, PAGE).stream()
        .map(PersonalDataExport::task).toList());
    export.put("actions", history.createUserOperationLogQuery().userId(userId).listPage(0, PAGE).stream()
        .map(PersonalDataExport::action).toList());
    return export;
  }

  private Map<String, Object> caseOf(HistoricProcessInstance instance) {
    Map<String, Object> case_ = new LinkedHashMap<>();
    case_.put("businessKey", instance.getBusinessKey());
    case_.put("process", instance.getProcessDefinitionKey());
    case_.put("started", instance.getStartTime());
    case_.put("ended", instance.getEndTime());
    case_.put("state", instance.getState());
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .disableCustomObjectDeserialization().listPage(0, PAGE)) {
      variables.put(v.getName(), v.getTypedValue() instanceof FileValue file
          ? Map.of("document", String.valueOf(file.getFilename()), "mimeType", String.valueOf(file.getMimeType()))
          : v.getValue());
    }
    case_.put("variables", variables);
    // the e-mails about the case: rows of the outbox (sent ones are kept 180 days)
    case_.put("emails", instance.getBusinessKey() == null ? List.of()
        : outbox.ofCase(instance.getBusinessKey()).stream().limit(PAGE).map(OutboxMail::subject).toList());
    return case_;
  }

  private static Map<String, Object> task(HistoricTaskInstance task) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("task", task.getName());
    map.put("key", task.getTaskDefinitionKey());
    map.put("process", task.getProcessDefinitionKey());
    map.put("created", task.getStartTime());
    map.put("ended", task.getEndTime());
    return map;
  }

  private static Map<String, Object> action(UserOperationLogEntry entry) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("time", entry.getTimestamp());
    map.put("operation", entry.getOperationType());
    map.put("entity", entry.getEntityType());
    map.put("property", entry.getProperty());
    map.put("processInstanceId", entry.getProcessInstanceId());
    return map;
  }
}
