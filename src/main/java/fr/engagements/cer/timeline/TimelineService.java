package fr.engagements.cer.timeline;

import static fr.engagements.cer.timeline.TimelineWording.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.cer.CerLabels;
import fr.engagements.cer.jury.JuryDeclaration;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.cer.timeline.Timeline.Detail;
import fr.engagements.cer.timeline.Timeline.Event;
import fr.engagements.cer.timeline.Timeline.Kind;
import fr.engagements.cer.timeline.Timeline.NextStep;
import fr.engagements.cer.timeline.Timeline.Person;
import fr.engagements.config.EngineClock;
import fr.engagements.casefile.Groups;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.TaskLifecycleListener;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Builds a candidacy's {@link Timeline} from the engine's history (history level full): activity
 * instances give the steps and their times, task instances and the user operation log say who
 * completed what, variable updates (historic details, grouped by the activity instance that wrote
 * them) give decisions, rationales and amounts. Nothing is copied elsewhere; document contents are
 * never read (binary fetching is disabled). Each event says who did it in words ({@code by}: the person
 * and their role, or « le système »), and the open tasks say what is awaited, from whom, until when.
 */
@Service
public class TimelineService {

  private static final String APPLICANT_ID = CerCandidacyProcess.APPLICANT_ID.name();
  private static final String APPLICANT_NAME = CerCandidacyProcess.APPLICANT_NAME.name();
  private static final String OUTCOME = CerCandidacyProcess.OUTCOME.name();
  private static final Set<String> FILE_TYPES = Set.of("file", "bytes");
  private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date");
  private static final Set<String> MESSAGE_TYPES = Set.of("messageStartEvent", "boundaryMessage", "intermediateMessageCatch",
      "receiveTask");
  private static final Set<String> STEP_TYPES = Set.of("serviceTask", "businessRuleTask", "scriptTask", "sendTask",
      "callActivity", "manualTask", "task");

  private final HistoryService history;
  private final IdentityService identity;
  private final TaskLifecycleListener tasks;
  private final JurySessions declarations;
  private final DecisionLetters letters;

  private final CaseJournal journal;

  TimelineService(@Lazy HistoryService history, @Lazy IdentityService identity, @Lazy TaskLifecycleListener tasks,
      @Lazy JurySessions declarations, DecisionLetters letters, CaseJournal journal) {
    this.journal = journal;
    this.history = history;
    this.identity = identity;
    this.tasks = tasks;
    this.declarations = declarations;
    this.letters = letters;
  }

  /** The candidacy with this business key, if any. */
  public Optional<HistoricProcessInstance> find(String businessKey) {
    // the running instance first: a candidacy reopened on appeal runs again in a new instance with the same business key
    return asSystem(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(CerCandidacyProcess.KEY)
        .processInstanceBusinessKey(businessKey).unfinished().list().stream().findFirst()
        .or(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(CerCandidacyProcess.KEY)
            .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()));
  }

  /** The applicant of a candidacy (its {@code applicantId}). */
  public Optional<String> applicantOf(HistoricProcessInstance instance) {
    return asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(APPLICANT_ID).list().stream().map(HistoricVariableInstance::getValue)
        .filter(String.class::isInstance).map(String.class::cast).findFirst());
  }

  public Timeline of(HistoricProcessInstance instance) {
    return asSystem(() -> new Builder(instance).build());
  }

  /**
   * What a case waits for now, as its timeline's {@link Timeline#nextSteps()} says it, without building the rest of the
   * timeline: « Mes dossiers » asks it for each of a person's cases. It reads only the open tasks and steps of the
   * instance, so it serves a case of either contract. Empty once the case has ended.
   */
  public List<NextStep> nextSteps(HistoricProcessInstance instance) {
    return instance.getEndTime() != null ? List.of() : asSystem(() -> new Builder(instance).nextStepsOnly());
  }

  /** The timeline reads history for the people our own rules let in, whatever the engine's authorizations. */
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

  /** An event and where it sorts when times are equal: the index of its step in history, then its phase. */
  private record Placed(Event event, Date time, int index, int phase) {
  }

  private final class Builder {

    private final HistoricProcessInstance instance;
    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, List<HistoricVariableUpdate>> updatesByActivity = new LinkedHashMap<>();
    private final Map<String, HistoricTaskInstance> taskById = new HashMap<>();
    private final Map<String, String> completedBy = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final List<Placed> events = new ArrayList<>();

    Builder(HistoricProcessInstance instance) {
      this.instance = instance;
    }

    Timeline build() {
      String id = instance.getId();
      history.createHistoricVariableInstanceQuery().processInstanceId(id).disableBinaryFetching()
          .disableCustomObjectDeserialization().list()
          .forEach(v -> variables.put(v.getName(), v.getValue()));
      for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
          .excludeTaskDetails().disableBinaryFetching().disableCustomObjectDeserialization()
          .orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
        if (detail instanceof HistoricVariableUpdate update) {
          updatesByActivity.computeIfAbsent(String.valueOf(update.getActivityInstanceId()), k -> new ArrayList<>()).add(update);
        }
      }
      history.createHistoricTaskInstanceQuery().processInstanceId(id).list().forEach(t -> taskById.put(t.getId(), t));
      for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id)
          .entityType(EntityTypes.TASK).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
        if (entry.getTaskId() != null && entry.getUserId() != null) {
          completedBy.put(entry.getTaskId(), entry.getUserId());
        }
      }

      List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery().processInstanceId(id)
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
      started(steps);
      for (int i = 0; i < steps.size(); i++) {
        step(steps.get(i), i);
      }
      declarations(steps);
      ended();
      letters();
      journal();

      events.sort(Comparator.comparing(Placed::time).thenComparingInt(Placed::index).thenComparingInt(Placed::phase));
      String applicantId = variables.get(APPLICANT_ID) instanceof String s ? s : null;
      String outcome = variables.get(OUTCOME) instanceof String s ? s : null;
      boolean ended = instance.getEndTime() != null;
      List<NextStep> next = ended ? List.of() : nextSteps(steps);
      List<Event> all = new ArrayList<>(events.stream().map(Placed::event).toList());
      for (NextStep n : next) {
        // what is awaited comes last, whatever its time: it is where the case stands now
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("awaitedFrom", "Attendu de", null, n.from()));
        if (n.due() != null) {
          details.add(new Detail("dueDate", "Au plus tard le", n.due().toLocalDate().toString(), n.dueText()));
        }
        all.add(new Event(null, Kind.NEXT_STEP, "Prochaine étape : " + n.label() + " — attendue de " + n.from()
            + (n.dueText() == null ? "" : ", au plus tard le " + n.dueText()) + (n.overdue() ? " (délai dépassé)" : "") + ".",
            n.step(), n.label(), null, null, null, null, null, null, null, List.copyOf(details), null, null, null));
      }
      return new Timeline(instance.getBusinessKey(), instance.getProcessDefinitionKey(),
          applicantId == null ? null : person(applicantId),
          variables.get(CerCandidacyProcess.CAMPAIGN_YEAR.name()) instanceof Integer year ? year : null,
          ended ? Timeline.State.ENDED : Timeline.State.ACTIVE, ended ? "Close" : "En cours",
          outcome, outcome == null ? null : CerLabels.outcome(outcome),
          List.copyOf(all), next);
    }

    /** Only what {@link #nextSteps} needs: the applicant, the open tasks and the open steps. */
    List<NextStep> nextStepsOnly() {
      String id = instance.getId();
      history.createHistoricVariableInstanceQuery().processInstanceId(id).variableNameIn(APPLICANT_ID, APPLICANT_NAME)
          .disableBinaryFetching().disableCustomObjectDeserialization().list()
          .forEach(v -> variables.put(v.getName(), v.getValue()));
      history.createHistoricTaskInstanceQuery().processInstanceId(id).unfinished().list().forEach(t -> taskById.put(t.getId(), t));
      return nextSteps(history.createHistoricActivityInstanceQuery().processInstanceId(id).unfinished()
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
    }

    /**
     * The open tasks, oldest first: what the case waits for, from whom (a role, or the applicant, never another
     * person's name), until when. Without an open task, the application is at work (a payment, a timer).
     */
    private List<NextStep> nextSteps(List<HistoricActivityInstance> steps) {
      List<NextStep> next = new ArrayList<>();
      Date now = ClockUtil.getCurrentTime();
      taskById.values().stream().filter(t -> t.getEndTime() == null)
          .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
          .forEach(t -> {
            String from;
            if (t.getAssignee() != null && t.getAssignee().equals(variables.get(APPLICANT_ID))) {
              from = "le demandeur (" + person(t.getAssignee()).name() + ")";
            } else {
              List<String> groups = candidateGroups(t.getId()).stream().map(this::groupName).toList();
              from = groups.isEmpty() ? (t.getAssignee() == null ? SYSTEM : roleOf(t.getAssignee(), t.getTaskDefinitionKey()))
                  : String.join(" ou ", groups);
            }
            Date due = t.getDueDate();
            // the step's name in the model: Tasklist's task name carries the case number and the applicant's name too
            String name = steps.stream().filter(a -> t.getId().equals(a.getTaskId())).map(HistoricActivityInstance::getActivityName)
                .filter(Objects::nonNull).findFirst().orElse(t.getName());
            next.add(new NextStep(t.getTaskDefinitionKey(), name, from, at(due), due == null ? null : FrenchFormat.day(due),
                due != null && due.before(now)));
          });
      if (next.isEmpty()) {
        steps.stream().filter(s -> s.getEndTime() == null && !"subProcess".equals(s.getActivityType()))
            .reduce((first, second) -> second)
            .ifPresent(s -> next.add(new NextStep(s.getActivityId(), s.getActivityName() == null ? "Traitement en cours"
                : s.getActivityName(), SYSTEM, null, null, false)));
      }
      return next;
    }

    /**
     * A person's role on this step, in words: the signer's role (CER_P3), the applicant, else the group the step
     * is offered to, else the person's first group of the project.
     */
    private String roleOf(String userId, String taskKey) {
      if (userId.equals(variables.get(APPLICANT_ID))) {
        return "demandeur";
      }
      Optional<Signer> signer = taskKey == null ? Optional.empty() : Signer.ofTask(taskKey);
      if (signer.isPresent()) {
        return capitalized(signer.get().role());
      }
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      return Groups.ALL.stream().filter(g -> groups.contains(g.id())).map(Groups.Group::name).findFirst().orElse("utilisateur");
    }

    private String by(Person person, String taskKey) {
      return person == null ? SYSTEM : person.name() + " (" + roleOf(person.id(), taskKey) + ")";
    }

    private void started(List<HistoricActivityInstance> steps) {
      Optional<HistoricActivityInstance> start = steps.stream()
          .filter(s -> "startEvent".equals(s.getActivityType()) && s.getParentActivityInstanceId() != null
              && s.getParentActivityInstanceId().equals(instance.getId()))
          .findFirst();
      List<HistoricVariableUpdate> atStart = new ArrayList<>(updatesByActivity.getOrDefault(instance.getId(), List.of()));
      start.ifPresent(s -> atStart.addAll(updatesByActivity.getOrDefault(s.getId(), List.of())));
      String starter = instance.getStartUserId() != null ? instance.getStartUserId()
          : variables.get(APPLICANT_ID) instanceof String s ? s : null;
      List<Detail> details = new ArrayList<>();
      Set<String> documents = new LinkedHashSet<>();
      for (HistoricVariableUpdate update : firstValues(atStart).values()) {
        if (FILE_TYPES.contains(update.getTypeName())) {
          documents.add(update.getVariableName());
        } else if (shown(update) && !APPLICANT_ID.equals(update.getVariableName())) {
          details.add(detail(update.getVariableName(), update.getValue()));
        }
      }
      details.sort(Comparator.comparingInt(d -> CerLabels.rank(d.name())));
      if (!documents.isEmpty()) {
        details.add(documents(documents));
      }
      String name = start.map(HistoricActivityInstance::getActivityName).orElse("Dossier ouvert");
      Person who = starter == null ? null : person(starter);
      add(instance.getStartTime(), -1, 0, Kind.STARTED, name, start.map(HistoricActivityInstance::getActivityId).orElse(null),
          name, who, details, by(who, null));
    }

    private void step(HistoricActivityInstance step, int index) {
      String type = step.getActivityType();
      String name = step.getActivityName() == null ? step.getActivityId() : step.getActivityName();
      List<HistoricVariableUpdate> updates = updatesByActivity.getOrDefault(step.getId(), List.of());
      if ("userTask".equals(type)) {
        userTask(step, index, name, updates);
      } else if (STEP_TYPES.contains(type)) {
        automatic(step, index, name, updates);
      } else if ("boundaryTimer".equals(type)) {
        add(time(step), index, 1, Kind.TIMER, "Délai écoulé : " + name, step.getActivityId(), name, null, values(updates));
      } else if (MESSAGE_TYPES.contains(type)) {
        add(time(step), index, 1, Kind.MESSAGE, "Message reçu : " + name, step.getActivityId(), name, null, values(updates));
      }
    }

    private void userTask(HistoricActivityInstance step, int index, String name, List<HistoricVariableUpdate> updates) {
      HistoricTaskInstance task = step.getTaskId() == null ? null : taskById.get(step.getTaskId());
      Set<String> completionNames = completionVariables(step.getActivityId());

      List<Detail> created = new ArrayList<>();
      if (task != null) {
        List<String> groups = candidateGroups(task.getId());
        // a task offered to groups was assigned to no one when it was created: who took it later is not its creation
        if (groups.isEmpty() && (task.getAssignee() != null || step.getAssignee() != null)) {
          String assignee = task.getAssignee() != null ? task.getAssignee() : step.getAssignee();
          Person p = person(assignee);
          created.add(new Detail("assignee", "Attribuée à", p.id(), p.name()));
        }
        if (!groups.isEmpty()) {
          created.add(new Detail("candidateGroups", "Groupes", groups, String.join(", ", groups.stream().map(this::groupName).toList())));
        }
        if (task.getDueDate() != null) {
          created.add(new Detail("dueDate", "Échéance", iso(task.getDueDate()), FrenchFormat.day(task.getDueDate())));
        }
      }
      if (completionNames != null) {
        for (HistoricVariableUpdate update : firstValues(updates).values()) {
          String n = update.getVariableName();
          if (!completionNames.contains(n) && shown(update) && !isDecidedBy(n)
              && !(update.getValue() instanceof String s && s.isBlank())) {
            created.add(detail(n, update.getValue()));
          }
        }
      }
      add(step.getStartTime(), index, 0, Kind.TASK_CREATED, "Tâche créée : " + name, step.getActivityId(), name, null, created);

      if (step.getEndTime() == null) {
        return;
      }
      boolean completed = task == null ? !step.isCanceled()
          : "completed".equals(task.getDeleteReason()) || "Completed".equalsIgnoreCase(task.getTaskState());
      if (!completed) {
        add(step.getEndTime(), index, 1, Kind.TASK_CANCELLED, "Tâche close sans décision : " + name, step.getActivityId(), name,
            null, List.of());
        return;
      }
      String userId = task == null ? step.getAssignee()
          : completedBy.getOrDefault(task.getId(), task.getAssignee());
      // the jury decides in session (CER_J5): its decision is the body's, under the president's signature
      String juryBy = null;
      if (CerCandidacyProcess.Tasks.DECIDE_ENTRY.equals(step.getActivityId())
          || CerCandidacyProcess.Tasks.DECIDE_POST.equals(step.getActivityId())) {
        boolean entry = CerCandidacyProcess.Tasks.DECIDE_ENTRY.equals(step.getActivityId());
        Object president = variables.get((entry ? CerCandidacyProcess.ENTRY_DECIDED_BY : CerCandidacyProcess.POST_DECIDED_BY).name());
        Object session = variables.get((entry ? CerCandidacyProcess.ENTRY_SESSION : CerCandidacyProcess.POST_SESSION).name());
        if (president instanceof String p) {
          userId = p;
          juryBy = "le jury national en séance" + (session instanceof String s ? " (" + s + ")" : "")
              + ", procès-verbal signé par son président " + person(p).name();
        }
      }
      List<Detail> details = new ArrayList<>();
      Set<String> documents = new LinkedHashSet<>();
      String decision = null;
      Object decisionValue = null;
      String rationale = null;
      for (HistoricVariableUpdate update : lastValues(updates).values()) {
        String n = update.getVariableName();
        if (completionNames != null && !completionNames.contains(n)) {
          continue;
        }
        if (FILE_TYPES.contains(update.getTypeName())) {
          documents.add(n);
          continue;
        }
        if (!shown(update) || isDecidedBy(n)) {
          continue;
        }
        if (decision == null && isDecision(n)) {
          decision = n;
          decisionValue = update.getValue();
        } else if (rationale == null && isRationale(n) && update.getValue() instanceof String r) {
          rationale = r;
        }
        details.add(detail(n, update.getValue()));
      }
      if (!documents.isEmpty()) {
        details.add(documents(documents));
      }
      Person actor = userId == null ? null : person(userId);
      if (decision != null) {
        String decisionText = text(decision, decisionValue);
        String label = label(decision).equals(name) ? name + " : " + decisionText
            : name + " — " + label(decision) + " : " + decisionText;
        events.add(new Placed(new Event(at(step.getEndTime()), Kind.DECISION, label, step.getActivityId(), name, actor,
            String.valueOf(decisionValue), decisionText, rationale, null, null, null, details, null,
            juryBy != null ? juryBy : by(actor, step.getActivityId()), FrenchFormat.dayAndTime(step.getEndTime())),
            step.getEndTime(), index, 1));
      } else {
        add(step.getEndTime(), index, 1, Kind.TASK_COMPLETED, "Tâche terminée : " + name, step.getActivityId(), name, actor,
            details, by(actor, step.getActivityId()));
      }
    }

    private void automatic(HistoricActivityInstance step, int index, String name, List<HistoricVariableUpdate> updates) {
      String table = null;
      Integer version = null;
      List<Detail> details = new ArrayList<>();
      for (HistoricVariableUpdate update : lastValues(updates).values()) {
        String n = update.getVariableName();
        if (isDecidedBy(n) && update.getValue() instanceof String s) {
          Matcher m = DECIDED_BY_TABLE.matcher(s);
          if (m.matches()) {
            table = m.group(1);
            version = Integer.valueOf(m.group(2));
            continue;
          }
        }
        if (shown(update) && update.getValue() != null) {
          details.add(detail(n, update.getValue()));
        }
      }
      if (table != null) {
        events.add(new Placed(new Event(at(time(step)), Kind.AUTOMATED_DECISION,
            "Décision automatique : " + name + " (table « " + table + " », version " + version + ")", step.getActivityId(), name,
            null, null, null, null, table, version, null, details, null, SYSTEM, FrenchFormat.dayAndTime(time(step))),
            time(step), index, 1));
      } else {
        add(time(step), index, 1, Kind.STEP, name, step.getActivityId(), name, null, details);
      }
    }

    /** Declarations of interests and recusals of the jury (kept in jury_declaration), beside their jury task. */
    private void declarations(List<HistoricActivityInstance> steps) {
      for (JuryDeclaration d : declarations.declarationsOfCase(instance.getBusinessKey())) {
        if (d.getStatus() == JuryDeclaration.Status.PENDING || d.getDeclaredAt() == null) {
          continue;
        }
        int index = -1;
        String stepName = d.getTaskKey();
        for (int i = 0; i < steps.size(); i++) {
          boolean itsTask = d.getTaskId() != null ? d.getTaskId().equals(steps.get(i).getTaskId())
              : d.getTaskKey().equals(steps.get(i).getActivityId()) && steps.get(i).getStartTime().toInstant().isBefore(d.getDeclaredAt());
          if (itsTask) {
            index = i;
            stepName = steps.get(i).getActivityName();
          }
        }
        Date time = Date.from(d.getDeclaredAt());
        Person member = person(d.getUserId());
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("juryMember", "Membre du jury", member.id(), member.name() + " — " + d.getRole().label()));
        if (d.isRecused()) {
          details.add(new Detail("conflictKind", "Nature du lien", d.getConflictKind().name(), d.getConflictKind().label()));
          add(time, index, 0, Kind.RECUSAL, "Récusation : " + member.name() + " (" + d.getConflictKind().label() + ")",
              d.getTaskKey(), stepName, member, details, member.name() + " (" + d.getRole().label() + ")");
        } else {
          add(time, index, 0, Kind.DECLARATION, "Déclaration d'intérêts : aucun lien — " + member.name(), d.getTaskKey(), stepName,
              member, details, member.name() + " (" + d.getRole().label() + ")");
        }
      }
    }

    private void ended() {
      if (instance.getEndTime() == null) {
        return;
      }
      String outcome = variables.get(OUTCOME) instanceof String s ? s : null;
      List<Detail> details = new ArrayList<>();
      if (outcome != null) {
        details.add(new Detail(OUTCOME, label(OUTCOME), outcome, CerLabels.outcome(outcome)));
      }
      Object due = variables.get(CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.name());
      if (due instanceof Number n) {
        details.add(detail(CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.name(), n.longValue()));
      }
      if (outcome == null && instance.getDeleteReason() != null) {
        details.add(new Detail("deleteReason", "Motif", instance.getDeleteReason(), instance.getDeleteReason()));
      }
      String label = outcome != null ? "Candidature close : " + CerLabels.outcome(outcome) : "Dossier clos";
      events.add(new Placed(new Event(at(instance.getEndTime()), Kind.ENDED, label, instance.getEndActivityId(), null, null,
          null, null, null, null, null, outcome, details, null, SYSTEM, FrenchFormat.dayAndTime(instance.getEndTime())),
          instance.getEndTime(), Integer.MAX_VALUE, 9));
    }

    /** The decision letters of the case (kept with it, outside history), each with its download link. */
    private void letters() {
      for (Letter letter : letters.ofCase(instance.getBusinessKey())) {
        Date time = Date.from(letter.createdAt());
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("issuedOn", "Date du courrier", letter.issuedOn().toString(), FrenchFormat.day(letter.issuedOn())));
        details.add(new Detail("filename", "Fichier", letter.filename(),
            letter.download() == null ? letter.filename() + " (supprimé à l'issue de la durée de conservation)" : letter.filename()));
        events.add(new Placed(new Event(at(time), Kind.LETTER, "Courrier envoyé : " + letter.kindLabel(), null, null, null,
            letter.decision(), CerLabels.value(letter.decision()).orElse(CerLabels.outcome(letter.decision())), null,
            letter.ruleTable(), letter.ruleVersion(), null, List.copyOf(details), letter.download(), SYSTEM,
            FrenchFormat.dayAndTime(time)), time, Integer.MAX_VALUE - 1, 8));
      }
    }

    /** What the case's journal says happened outside the process (agents, institutions): nothing changes hands silently. */
    private void journal() {
      for (CaseJournal.Entry entry : journal.of(instance.getBusinessKey())) {
        Date time = Date.from(entry.at());
        add(time, Integer.MAX_VALUE - 2, 7, entry.kind().startsWith("JURY_") ? Kind.JURY : Kind.HANDOVER, entry.text(), null, null,
            null, List.of());
      }
    }

    /** An event the application did alone (« le système »). */
    private void add(Date time, int index, int phase, Kind kind, String label, String step, String stepName, Person actor,
        List<Detail> details) {
      add(time, index, phase, kind, label, step, stepName, actor, details, SYSTEM);
    }

    private void add(Date time, int index, int phase, Kind kind, String label, String step, String stepName, Person actor,
        List<Detail> details, String by) {
      events.add(new Placed(new Event(at(time), kind, label, step, stepName, actor, null, null, null, null, null, null,
          List.copyOf(details), null, by, FrenchFormat.dayAndTime(time)), time, index, phase));
    }

    private List<Detail> values(List<HistoricVariableUpdate> updates) {
      return lastValues(updates).values().stream().filter(this::shown).filter(u -> u.getValue() != null)
          .map(u -> detail(u.getVariableName(), u.getValue())).toList();
    }

    private boolean shown(HistoricVariableUpdate update) {
      return VALUE_TYPES.contains(update.getTypeName()) && !hidden(update.getVariableName()) && update.getValue() != null;
    }

    /** The variables a completion may set: the task policy's, or all (null) for a task without policy. */
    private Set<String> completionVariables(String taskKey) {
      return tasks.policyFor(instance.getProcessDefinitionKey(), taskKey).map(TaskPolicy::completionVariables).orElse(null);
    }

    /** The groups a task is offered to now, in the words of the directory when an institution holds it. */
    private List<String> candidateGroups(String taskId) {
      // adds minus deletes per group: a link added and removed in the same millisecond has no reliable order
      Map<String, Integer> balance = new LinkedHashMap<>();
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId)
          .type(IdentityLinkType.CANDIDATE).orderByTime().asc().list()) {
        if (link.getGroupId() != null) {
          balance.merge(link.getGroupId(), "add".equals(link.getOperationType()) ? 1 : -1, Integer::sum);
        }
      }
      List<String> groups = balance.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
      // a role group replaced, at the task's creation, by the group of the case's institution (deans → deans.AMIENS):
      // the history does not log that removal, the institution's group says who holds the task
      return groups.stream().filter(g -> groups.stream().noneMatch(other -> other.startsWith(g + "."))).toList();
    }

    /** A national group by its French name; an institution's group by the name the directory gave it. */
    private String groupName(String groupId) {
      return Groups.ALL.stream().filter(g -> g.id().equals(groupId)).map(Groups.Group::name).findFirst()
          .orElseGet(() -> groupNames.computeIfAbsent(groupId, id -> {
            org.camunda.bpm.engine.identity.Group group = identity.createGroupQuery().groupId(id).singleResult();
            return group == null || group.getName() == null ? id : group.getName();
          }));
    }

    private Person person(String userId) {
      return people.computeIfAbsent(userId, id -> {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user != null) {
          String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
              + (user.getLastName() == null ? "" : user.getLastName())).strip();
          return new Person(id, name.isEmpty() ? id : name);
        }
        if (id.equals(variables.get(APPLICANT_ID)) && variables.get(APPLICANT_NAME) instanceof String name) {
          return new Person(id, name);
        }
        return new Person(id, id);
      });
    }
  }

  private static Map<String, HistoricVariableUpdate> firstValues(List<HistoricVariableUpdate> updates) {
    Map<String, HistoricVariableUpdate> first = new LinkedHashMap<>();
    for (HistoricVariableUpdate update : updates) {
      if (update.getValue() != null || FILE_TYPES.contains(update.getTypeName())) {
        first.putIfAbsent(update.getVariableName(), update);
      }
    }
    return first;
  }

  private static Map<String, HistoricVariableUpdate> lastValues(List<HistoricVariableUpdate> updates) {
    Map<String, HistoricVariableUpdate> last = new LinkedHashMap<>();
    for (HistoricVariableUpdate update : updates) {
      last.remove(update.getVariableName());
      last.put(update.getVariableName(), update);
    }
    return last;
  }

  private static Date time(HistoricActivityInstance step) {
    return step.getEndTime() != null ? step.getEndTime() : step.getStartTime();
  }

  private static OffsetDateTime at(Date time) {
    return time == null ? null : time.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
  }

  private static String iso(Date time) {
    return at(time).toString();
  }
}
