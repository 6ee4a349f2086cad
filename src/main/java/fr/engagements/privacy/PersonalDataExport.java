package fr.engagements.privacy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * GDPR right of access: everything the system holds about one person — their account, their CER
 * candidacies and CESP applications (with bank details and suspensions), every variable of their cases
 * (documents as name, type and size), the ledger of their contracts, the tasks they worked on, what they
 * did, the e-mails sent about their cases, and the decision letters addressed to them (each PDF in base64,
 * with its SHA-256). Read as the system: the caller is checked first.
 */
@Service
public class PersonalDataExport {

  private static final int PAGE = 2000;

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final HistoryService history;
  private final DecisionLetters letters;

  PersonalDataExport(JdbcTemplate jdbc, @Lazy IdentityService identity, @Lazy HistoryService history, DecisionLetters letters) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.history = history;
    this.letters = letters;
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
    List<Map<String, Object>> cer = rows("select * from cer_candidacy where applicant_id = ? order by created_at", userId);
    List<Map<String, Object>> cesp = rows(
        "select * from cesp_application where applicant_id = ? order by created_at", userId);
    export.put("cerCandidacies", cer);
    export.put("cespApplications", cesp);
    List<String> keys = new ArrayList<>();
    cer.forEach(row -> keys.add((String) row.get("business_key")));
    cesp.forEach(row -> keys.add((String) row.get("business_key")));
    if (!keys.isEmpty()) {
      String in = String.join(",", keys.stream().map(k -> "?").toList());
      export.put("cespBankDetails", rows(
          "select business_key, iban, account_holder, rib_filename, recorded_at from cesp_bank_details where business_key in (" + in + ")",
          (Object[]) keys.toArray()));
      export.put("cespSuspensions", rows(
          "select business_key, reason, suspension_start, evidence_filename, recorded_at from cesp_suspension where business_key in ("
              + in + ")", (Object[]) keys.toArray()));
      export.put("ledger", rows(
          "select contract_type, contract_ref, entry_type, period, gross_cents, net_cents, months, note, created_at from ledger_entry"
              + " where contract_ref in (" + in + ") order by contract_ref, period, id", (Object[]) keys.toArray()));
    }
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String key : keys) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
          .listPage(0, PAGE)) {
        cases.add(caseOf(instance));
      }
    }
    export.put("cases", cases);
    // a juror is a person too: what they declared about their links with applicants (issue 9)
    export.put("juryDeclarations", rows("select business_key, task_key, role, status, conflict_kind, conflict_details,"
        + " opened_at, declared_at from jury_declaration where user_id = ? order by id", userId));
    export.put("letters", letters.ofRecipient(userId).stream().map(this::letter).toList());
    export.put("tasksWorkedOn", history.createHistoricTaskInstanceQuery().taskAssignee(userId).listPage(0, PAGE).stream()
        .map(PersonalDataExport::task).toList());
    export.put("actions", history.createUserOperationLogQuery().userId(userId).listPage(0, PAGE).stream()
        .map(PersonalDataExport::action).toList());
    return export;
  }

  /** Rows with lower-case column names, whatever the database (H2 answers in capitals). */
  private List<Map<String, Object>> rows(String sql, Object... args) {
    return jdbc.queryForList(sql, args).stream().map(row -> {
      Map<String, Object> lower = new LinkedHashMap<>();
      row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
      return lower;
    }).toList();
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
    case_.put("emails", history.createHistoricProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(instance.getBusinessKey()).listPage(0, PAGE).stream()
        .map(n -> history.createHistoricVariableInstanceQuery().processInstanceId(n.getId()).variableName("subject")
            .listPage(0, 1).stream().findFirst().map(HistoricVariableInstance::getValue).orElse(""))
        .toList());
    return case_;
  }

  private Map<String, Object> letter(Letter letter) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", letter.id());
    map.put("businessKey", letter.businessKey());
    map.put("kind", letter.kind().name());
    map.put("label", letter.kindLabel());
    map.put("decision", letter.decision());
    map.put("ruleTable", letter.ruleTable());
    map.put("ruleVersion", letter.ruleVersion());
    map.put("issuedOn", letter.issuedOn().toString());
    map.put("filename", letter.filename());
    map.put("sha256", letter.sha256());
    letters.pdf(letter.id()).ifPresent(pdf -> map.put("pdfBase64", Base64.getEncoder().encodeToString(pdf)));
    return map;
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
