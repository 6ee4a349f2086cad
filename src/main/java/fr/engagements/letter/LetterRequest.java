package fr.engagements.letter;

import fr.engagements.casefile.Applicant;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a decision letter says: the case, the kind, the round (1, or the n-th time this kind of decision
 * is taken in the case, e.g. the project's round of signatures), the decision, the DMN table and version
 * when the decision is automated, and the facts its template prints (names as in the template).
 */
public final class LetterRequest {

  final String businessKey;
  final String processKey;
  final String processInstanceId;
  final LetterKind kind;
  final int round;
  final String decision;
  String ruleTable;
  Integer ruleVersion;
  String recipientId;
  String recipientName;
  String recipientAddress;
  final Map<String, Object> facts = new LinkedHashMap<>();

  private LetterRequest(String businessKey, String processKey, String processInstanceId, LetterKind kind, int round,
      String decision) {
    if (businessKey == null || processInstanceId == null || decision == null) {
      throw new IllegalArgumentException("A letter needs a case (business key, instance) and a decision");
    }
    this.businessKey = businessKey;
    this.processKey = processKey;
    this.processInstanceId = processInstanceId;
    this.kind = kind;
    this.round = round;
    this.decision = decision;
  }

  /**
   * A letter about the case of this execution, to its applicant ({@code applicantId}, {@code applicantName},
   * the same names in every process of the project).
   */
  public static LetterRequest of(DelegateExecution execution, String processKey, LetterKind kind, int round, String decision) {
    LetterRequest request = new LetterRequest(execution.getProcessBusinessKey(), processKey, execution.getProcessInstanceId(),
        kind, round, decision);
    request.recipientId = Applicant.ID.get(execution);
    Applicant.NAME.find(execution).ifPresent(name -> request.recipientName = name.strip());
    request.recipientAddress = Applicant.ADDRESS.find(execution).orElse(null);
    return request;
  }

  /** A letter about a case named explicitly (outside a process step), to this person. */
  public static LetterRequest of(String businessKey, String processKey, String processInstanceId, LetterKind kind, int round,
      String decision, String recipientId, String recipientName) {
    LetterRequest request = new LetterRequest(businessKey, processKey, processInstanceId, kind, round, decision);
    request.recipientId = recipientId;
    request.recipientName = recipientName;
    return request;
  }

  /** The recipient's postal address (plain text, one line per line of the address); none by default. */
  public LetterRequest address(String postalAddress) {
    this.recipientAddress = postalAddress;
    return this;
  }

  /** An automated decision: the table and the version that decided (CRPA L311-3-1). */
  public LetterRequest decidedBy(String table, int version) {
    this.ruleTable = table;
    this.ruleVersion = version;
    return this;
  }

  /** Same, from the project's "<key> v<version>" form ({@code cer-funding v3}). */
  public LetterRequest decidedBy(String described) {
    int at = described == null ? -1 : described.lastIndexOf(" v");
    if (at < 0) {
      throw new IllegalArgumentException("Not a table and version: " + described);
    }
    return decidedBy(described.substring(0, at), Integer.parseInt(described.substring(at + 2)));
  }

  /** A fact printed by the template; {@code null} values are left out (the template shows nothing). */
  public LetterRequest with(String name, Object value) {
    if (value != null) {
      facts.put(name, value);
    }
    return this;
  }

  public LetterKind kind() {
    return kind;
  }
}
