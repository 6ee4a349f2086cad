package fr.engagements.cer.campaign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import fr.engagements.cer.CerCandidacyProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Running candidacies after a change of the CER_O2 rule (research confirmed at the end of the 3rd cycle, not at its start
 * plus the planned months): the timer {@code researchServable} of a candidacy that already waits on it keeps the date
 * computed when it started. The model is unchanged (no new version to migrate to), so its date is what moves: each such
 * timer is set to the date the rule gives today ({@link CerDeadlines#researchServable(Integer, java.time.LocalDate, String)}).
 */
@Service
public class ResearchTimers {

  private static final int PAGE = 200;

  private final CerDeadlines deadlines;
  private final ManagementService management;
  private final RuntimeService runtime;

  ResearchTimers(CerDeadlines deadlines, @Lazy ManagementService management, @Lazy RuntimeService runtime) {
    this.deadlines = deadlines;
    this.management = management;
    this.runtime = runtime;
  }

  /** One timer whose date the rule moves. */
  public record Redated(String businessKey, String jobId, Date from, Date to) {
  }

  /** Moves every waiting timer whose date differs from the rule's (none when {@code dryRun}); returns those that differ. */
  public List<Redated> redate(boolean dryRun) {
    List<Redated> moved = new ArrayList<>();
    // by pages: an administrator's query may not ask for an unbounded list (engine setting queryMaxResultsLimit)
    List<Job> timers = new ArrayList<>();
    for (int first = 0;; first += PAGE) {
      List<Job> page = management.createJobQuery().processDefinitionKey(CerCandidacyProcess.KEY)
          .activityId(CerCandidacyProcess.Elements.RESEARCH_SERVABLE).timers().orderByJobId().asc().listPage(first, PAGE);
      timers.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    for (Job timer : timers) {
      Map<String, Object> values = runtime.getVariables(timer.getProcessInstanceId(), List.of(
          CerCandidacyProcess.RESEARCH_MONTHS.name(), CerCandidacyProcess.DFASM1_START_DATE.name(),
          CerCandidacyProcess.SPECIALTY.name()));
      Date due = deadlines.researchServable(CerCandidacyProcess.RESEARCH_MONTHS.get(values),
          CerCandidacyProcess.DFASM1_START_DATE.get(values), CerCandidacyProcess.SPECIALTY.get(values));
      if (!due.equals(timer.getDuedate())) {
        String key = runtime.createProcessInstanceQuery().processInstanceId(timer.getProcessInstanceId()).singleResult()
            .getBusinessKey();
        if (!dryRun) {
          management.setJobDuedate(timer.getId(), due);
        }
        moved.add(new Redated(key, timer.getId(), timer.getDuedate(), due));
      }
    }
    return moved;
  }
}
