package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code scheduleDefense}: the secretariat sets the date of the presentation before the jury (CER_P5), never in the past. */
@Component
class ScheduleDefensePolicy extends BaseTaskPolicy {

  private final Clock clock;
  private final CerCampaigns campaigns;

  ScheduleDefensePolicy(Clock clock, CerCampaigns campaigns) {
    super(CerCandidacyProcess.KEY, Tasks.SCHEDULE_DEFENSE, DEFENSE_DATE);
    this.clock = clock;
    this.campaigns = campaigns;
  }

  @Override
  public void onCreate(DelegateTask task) {
    LocalDate matching = campaigns.get(CAMPAIGN_YEAR.get(task)).getMatchingDate();
    task.setDescription("Le projet est signé par tous les acteurs et l'ARS. Programmez la soutenance devant le jury national,"
        + " en fin de DFASM3 (CER_P5), de sorte que la décision soit connue avant la procédure d'appariement du "
        + matching.format(SubmitProjectPolicy.FRENCH_DATE) + " (CER_P7). Spécialité : " + SPECIALTY.find(task).orElse("?")
        + ", subdivision : " + SUBDIVISION.find(task).orElse("?") + ".");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    LocalDate date = check.date(DEFENSE_DATE, "La date de soutenance", true);
    LocalDate today = LocalDate.now(clock);
    if (date != null && date.isBefore(today)) {
      check.problem("La date de soutenance (defenseDate) " + date + " est passée : choisissez une date à partir d'aujourd'hui ("
          + today + ").");
    }
    check.done();
  }
}
