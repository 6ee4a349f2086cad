package fr.engagements.web.mycases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import fr.engagements.allowance.Ledger;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.cer.timeline.Timeline.NextStep;
import fr.engagements.cer.timeline.TimelineService;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.contract.Commitment;
import fr.engagements.config.EngineClock;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Assembles « Mes dossiers » ({@code /mes-dossiers}, {@code GET /api/my-cases}) for the person logged in. The cases are
 * only those whose applicant is that person ({@link CaseAccess#ofApplicant}): nobody else's case can appear. For each:
 * where it stands, from the timeline's next steps ({@link TimelineService#nextSteps}), said to the person; a link to
 * their own open task in Tasklist, only for a task assigned or offered to them; its decision letters; the money of a
 * contract, from the ledger; how it ended.
 */
@Service
public class MyCasesService {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  /** Tasklist opens a task from its address. */
  static final String TASK_LINK = TASKLIST + "#/?task=";
  /** Tasklist opens a process's start form from its address (its « Démarrer un processus » dialog). */
  static final String START_FORM_LINK = TASKLIST + "#/?processStart=";

  private static final Set<String> CAMPAIGN_GROUPS = Set.of(Groups.CER_SECRETARIAT, Groups.CER_JURY, Groups.UFR, Groups.CNG,
      Groups.ARS);
  /** The variables « Mes dossiers » reads from a case's history (never a document, never restricted data). */
  private static final String[] VARIABLES = {CerCandidacyProcess.OUTCOME.name(), CerCandidacyProcess.FUNDING_DECISION.name(),
      CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.name(), CespContractProcess.COMMITMENT_MONTHS_SERVED.name(),
      CespContractProcess.COMMITMENT_MONTHS_REQUIRED.name(), CespContractProcess.CONTRACT_SIGNED.name(),
      CespContractProcess.PAYER_NAME.name(), CespContractProcess.RESIDENCY_POST.name(), CespContractProcess.RESIDENCY_POST_LABEL.name(),
      // the dates the CESP months served are computed from (cesp-contract 1.2: no monthly count)
      CespContractProcess.COMMITMENT_START_DATE.name(), CespContractProcess.COMMITMENT_MONTHS_SUSPENDED.name(),
      CespContractProcess.SUSPENDED.name(), CespContractProcess.SUSPENDED_SINCE.name(), CespContractProcess.COMMITMENT_MONTH.name()};

  private final CaseAccess access;
  private final TimelineService timelines;
  private final DecisionLetters letters;
  private final Ledger ledger;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final java.time.Clock clock;

  MyCasesService(CaseAccess access, TimelineService timelines, DecisionLetters letters, Ledger ledger,
      @Lazy HistoryService history, @Lazy TaskService tasks, @Lazy IdentityService identity, java.time.Clock clock) {
    this.clock = clock;
    this.access = access;
    this.timelines = timelines;
    this.letters = letters;
    this.ledger = ledger;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The person's cases, open ones first (each contract's oldest first), and what to offer when there is none. */
  public MyCasesAnswer of(CurrentUser user) {
    if (user == null || user.isAnonymous()) {
      return new MyCasesAnswer(List.of(), false, false, false);
    }
    List<MyCase> cases = new ArrayList<>();
    for (CaseFile file : access.ofApplicant(user.id())) {
      if (file.isFor(user.id())) { // the one rule's own answer, asked again: nobody else's case, ever
        cases.add(asSystem(() -> myCase(user, file)));
      }
    }
    cases.sort(Comparator.comparing(c -> !c.open()));
    boolean cer = user.groups().contains(Groups.CER_APPLICANTS);
    boolean cesp = user.groups().contains(Groups.CESP_APPLICANTS);
    boolean neither = !cer && !cesp;
    return new MyCasesAnswer(List.copyOf(cases), cer || neither, cesp || neither,
        user.groups().stream().anyMatch(CAMPAIGN_GROUPS::contains));
  }

  private MyCase myCase(CurrentUser user, CaseFile file) {
    HistoricProcessInstance instance = file.processInstanceId() == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(file.processInstanceId()).singleResult();
    Map<String, Object> variables = variables(file);
    boolean open = !file.ended() && instance != null && instance.getEndTime() == null;
    List<MyCase.Step> steps = open ? steps(user, file, instance) : List.of();
    String outcome = variables.get(CerCandidacyProcess.OUTCOME.name()) instanceof String s ? s : null;
    String outcomeLabel = MyCaseWording.outcome(file.type(), outcome);
    String closedText = open ? null : "Dossier clos" + (outcomeLabel != null ? " : " + lowerFirst(outcomeLabel) : "") + ".";
    return new MyCase(file.businessKey(), file.type().name(), MyCaseWording.contractLabel(file.type()), file.campaignYear(), open,
        open ? "En cours" : "Clos", steps, letters(file), money(file, variables), outcome, outcomeLabel, closedText,
        "/dossiers/" + file.businessKey(), facts(variables));
  }

  /** CESP_2 and CESP_8: the contract's payer and the residency post chosen, when known; null when none. */
  private static List<MyCase.Fact> facts(Map<String, Object> variables) {
    List<MyCase.Fact> facts = new ArrayList<>();
    if (variables.get(CespContractProcess.PAYER_NAME.name()) instanceof String payer) {
      facts.add(new MyCase.Fact("Allocation versée par", payer));
    }
    if (variables.get(CespContractProcess.RESIDENCY_POST_LABEL.name()) instanceof String post) {
      facts.add(new MyCase.Fact("Poste d'interne choisi", post + " (" + variables.get(CespContractProcess.RESIDENCY_POST.name()) + ")"));
    }
    return facts.isEmpty() ? null : List.copyOf(facts);
  }

  /** The timeline's next steps, each matched to its open task (oldest first, as the timeline orders them). */
  private List<MyCase.Step> steps(CurrentUser user, CaseFile file, HistoricProcessInstance instance) {
    List<NextStep> next = timelines.nextSteps(instance);
    List<Task> open = new ArrayList<>(tasks.createTaskQuery().processInstanceId(instance.getId()).orderByTaskCreateTime().asc()
        .list());
    List<MyCase.Step> steps = new ArrayList<>();
    for (NextStep n : next) {
      Task task = open.stream().filter(t -> t.getTaskDefinitionKey().equals(n.step())).findFirst().orElse(null);
      if (task != null) {
        open.remove(task);
      }
      boolean yours = task != null && isYours(user, task);
      OffsetDateTime since = task == null || task.getCreateTime() == null ? null
          : task.getCreateTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
      steps.add(new MyCase.Step(n.step(), n.label(), MyCaseWording.status(file.type(), n.step(), n.label(), n.from()),
          MyCaseWording.heldBy(n.from()), since, task == null ? null : FrenchFormat.day(task.getCreateTime()), n.due(),
          n.dueText(), n.overdue(), yours, yours ? TASK_LINK + task.getId() : null));
    }
    // what waits for the person first: it is what they came for
    steps.sort(Comparator.comparing(s -> !s.yours()));
    return List.copyOf(steps);
  }

  /** A task assigned to the person, or offered to them (as a candidate, or to one of their groups) and taken by nobody. */
  private boolean isYours(CurrentUser user, Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(user.id());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.id().equals(link.getUserId()) || (link.getGroupId() != null && user.groups().contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  private List<MyCase.LetterLine> letters(CaseFile file) {
    return letters.ofCase(file.businessKey()).stream()
        .map(l -> new MyCase.LetterLine(l.kind().name(), l.kindLabel(), l.issuedOn(), FrenchFormat.day(l.issuedOn()), l.download()))
        .toList();
  }

  /**
   * The money of a contract, from the ledger: shown once the case is a contract (a funded CER candidacy, a signed CESP
   * contract) or has a line in the ledger; nothing for an application.
   */
  private MyCase.Money money(CaseFile file, Map<String, Object> variables) {
    List<LedgerEntry> entries = ledger.entriesOf(file.businessKey());
    boolean contract = file.type() == CaseType.CER
        ? CerCandidacyProcess.FundingDecision.FUNDED.name().equals(variables.get(CerCandidacyProcess.FUNDING_DECISION.name()))
        : Boolean.TRUE.equals(variables.get(CespContractProcess.CONTRACT_SIGNED.name()));
    if (!contract && entries.isEmpty()) {
      return null;
    }
    long gross = 0;
    long net = 0;
    long months = 0;
    long due = 0;
    Integer obligation = null;
    for (LedgerEntry e : entries) {
      switch (e.getKind()) {
        case ALLOWANCE -> {
          gross += e.getGrossCents();
          net += e.getNetCents();
          months++;
        }
        // the ledger keeps what is owed in the net column (reimbursement of net sums received, plus any penalty)
        case REIMBURSEMENT_DUE -> due += e.getNetCents();
        // a withdrawn rupture: the opposite line (negative) of what was due
        case REIMBURSEMENT_CANCELLED -> due += e.getNetCents();
        case SERVICE_OBLIGATION -> obligation = e.getMonths();
      }
    }
    Integer served = null;
    Integer required = obligation;
    if (file.type() == CaseType.CESP) {
      served = cespMonthsServed(file, variables);
      if (variables.get(CespContractProcess.COMMITMENT_MONTHS_REQUIRED.name()) instanceof Integer i) {
        required = i;
      }
    } else {
      if (required == null && variables.get(CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.name()) instanceof Integer i) {
        required = i;
      }
      served = cerMonthsServed(file.businessKey());
    }
    return new MyCase.Money(gross, FrenchFormat.euros(gross), net, FrenchFormat.euros(net), months, served, required,
        due > 0 ? due : null, due > 0 ? FrenchFormat.euros(due) : null);
  }

  /** CESP_3: computed from the dates (Commitment), on the day the contract ended if it has; else the last recorded value. */
  private Integer cespMonthsServed(CaseFile file, Map<String, Object> variables) {
    java.time.LocalDate day = java.time.LocalDate.now(clock);
    if (file.processInstanceId() != null) {
      var instance = history.createHistoricProcessInstanceQuery().processInstanceId(file.processInstanceId()).singleResult();
      if (instance != null && instance.getEndTime() != null) {
        day = instance.getEndTime().toInstant().atZone(EngineClock.ZONE).toLocalDate();
      }
    }
    Integer computed = Commitment.monthsServed(variables, day);
    if (computed != null) {
      return computed;
    }
    return variables.get(CespContractProcess.COMMITMENT_MONTHS_SERVED.name()) instanceof Integer i ? i : null;
  }

  /** CER_F3: the months of public service validated in the candidacy's follow-up ({@code cer-public-service}), if any. */
  private Integer cerMonthsServed(String businessKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
        .processInstanceBusinessKey(businessKey).list().stream()
        .filter(h -> !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(h.getState())).findFirst()
        .flatMap(h -> history.createHistoricVariableInstanceQuery().processInstanceId(h.getId())
            .variableName(CerPublicServiceProcess.SERVED_MONTHS.name()).list().stream().findFirst())
        .map(v -> v.getValue() instanceof Integer i ? i : null).orElse(null);
  }

  /** The few variables « Mes dossiers » needs, their last values in history (the case may have ended). */
  private Map<String, Object> variables(CaseFile file) {
    Map<String, Object> values = new HashMap<>();
    if (file.processInstanceId() == null) {
      return values;
    }
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(file.processInstanceId())
        .variableNameIn(VARIABLES).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (v.getValue() != null) {
        values.put(v.getName(), v.getValue());
      }
    }
    return values;
  }

  /** Reads the engine as the application: what may be read was decided above (the person's own cases only). */
  private <T> T asSystem(Supplier<T> read) {
    var auth = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return read.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  public static String startFormLink(CaseType type) {
    return START_FORM_LINK + type.processKey();
  }
}
