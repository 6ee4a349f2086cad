package fr.engagements.cer.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.allowance.CerAllowance;
import fr.engagements.process.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The models' {@code deadlines} bean: the generic {@link Deadlines#inDays} of every model, and the CER
 * campaign's calendar ({@code ${deadlines.projectDeadline(campaignYear)}}). One bean under that name,
 * because the deployed versions of both contracts' models call it so.
 */
@Component("deadlines")
public class CerDeadlines extends Deadlines {

  private final CerCampaigns campaigns;
  private final DesDurations desDurations;

  CerDeadlines(Clock clock, CerCampaigns campaigns, DesDurations desDurations) {
    super(clock);
    this.campaigns = campaigns;
    this.desDurations = desDurations;
  }

  /**
   * CER_E5: when an entry dossier sent back to the applicant is abandoned — the campaign's completion limit (30 days
   * by default) from now, the same time of day. The task's due date and the boundary timer both read it.
   */
  public Date completionDue(Integer campaignYear) {
    return inDays(campaigns.get(campaignYear).getCompletionDays());
  }

  /**
   * Variable of a candidacy whose « projet non déposé » closing was withdrawn on appeal (ADM_1): its own last day to
   * file (ISO date), later than the campaign's, so that the reopened {@code submitProject} is not closed again at once.
   */
  public static final String PROJECT_DEADLINE_ON_APPEAL = "projectDeadlineOnAppeal";

  /** End of the campaign's project deadline day (CER_O1). */
  public Date projectDeadline(Integer campaignYear) {
    return endOfDay(projectLastDay(campaignYear));
  }

  /**
   * When the project deadline has passed (CER_O1): the end of the campaign's deadline day in France,
   * i.e. midnight after it. The timer on {@code submitProject} fires then.
   */
  public Date projectDeadlinePassed(Integer campaignYear) {
    return startOfDay(projectLastDay(campaignYear).plusDays(1));
  }

  /** The campaign's last day to file the project, or the later one an appeal gave the candidacy being executed. */
  private LocalDate projectLastDay(Integer campaignYear) {
    LocalDate campaignDay = campaigns.get(campaignYear).getProjectDeadline();
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    Object onAppeal = context == null || context.getExecution() == null ? null
        : context.getExecution().getVariable(PROJECT_DEADLINE_ON_APPEAL);
    if (onAppeal instanceof String iso && LocalDate.parse(iso).isAfter(campaignDay)) {
      return LocalDate.parse(iso);
    }
    return campaignDay;
  }

  /**
   * The defense's day, 18:00 in France (CER_P9): from then, the secretariat records whether the student presented;
   * the post is decided only after.
   */
  public Date defenseDay(String isoDate) {
    return Date.from(startOfDay(java.time.LocalDate.parse(isoDate)).toInstant().plus(java.time.Duration.ofHours(18)));
  }

  /**
   * When the research months of the project are confirmed (CER_O2, CER_P10): at the end of the 3rd cycle at the earliest,
   * the DES lasting 4 to 6 years by specialty ({@link DesDurations}); later only if the project planned more months of
   * research than the DES lasts. The DES coordinator confirms them only from then.
   */
  public Date researchServable(DelegateExecution execution) {
    return researchServable(CerCandidacyProcess.RESEARCH_MONTHS.get(execution), CerCandidacyProcess.DFASM1_START_DATE.get(execution),
        CerCandidacyProcess.SPECIALTY.find(execution).orElse(null));
  }

  /** The same from a candidacy's values (planned research months, DFASM1 start, specialty): re-dating running timers. */
  public Date researchServable(Integer planned, LocalDate dfasm1, String specialty) {
    int months = Math.max(CerCandidacyProcess.MIN_RESEARCH_MONTHS, planned == null ? 0 : planned);
    LocalDate end = desDurations.thirdCycleEnd(dfasm1, specialty);
    LocalDate planEnd = CerAllowance.thirdCycleStart(dfasm1).plusMonths(months);
    return startOfDay(planEnd.isAfter(end) ? planEnd : end);
  }

  /** The start of the day {@code days} days before the campaign's matching date (CER_P7 escalates then). */
  public Date beforeMatchingDate(Integer campaignYear, int days) {
    return startOfDay(campaigns.get(campaignYear).getMatchingDate().minusDays(days));
  }
}
