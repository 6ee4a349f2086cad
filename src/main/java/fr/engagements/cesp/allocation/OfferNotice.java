package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A contract offered (CESP_6, CESP_11): when {@code signContract} opens, the candidate gets a dated
 * letter with the list, the rank, the campaign's quota and the deadline, attached to the e-mail.
 */
@Component
class OfferNotice {

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;
  private final CespCampaigns campaigns;
  private final AllowanceRates rates;
  private final Clock clock;

  private final fr.engagements.cesp.contract.ReferenceData reference;

  OfferNotice(ApplicantNotifier applicant, DecisionLetters letters, CespCampaigns campaigns, AllowanceRates rates, Clock clock,
      fr.engagements.cesp.contract.ReferenceData reference) {
    this.reference = reference;
    this.applicant = applicant;
    this.letters = letters;
    this.campaigns = campaigns;
    this.rates = rates;
    this.clock = clock;
  }

  void send(DelegateTask task) {
    Integer year = CAMPAIGN_YEAR.get(task);
    String ufr = UFR.get(task);
    StudyLevel level = STUDY_LEVEL.find(task).orElse(StudyLevel.STUDENT);
    // CESP_5: the quota of the candidate's kind (residents or students)
    Integer quota = year == null || ufr == null ? null : campaigns.find(year, ufr).map(c -> c.quota(level)).orElse(null);
    // CESP_2: the payer of the region's contracts, recorded on the contract at signature
    String region = HOME_REGION.find(task).orElse(null);
    String payerName = reference.payerName(reference.payerOf(region), region);
    CommissionList list = COMMISSION_LIST.get(task);
    String listLabel = list == null ? null : Allocation.listLabel(list);
    String ufrName = UFR_NAME.find(task).orElse(ufr);
    AllowanceRates.Rate rate = rates.monthlyRate(ContractKind.CESP, LocalDate.now(clock)); // the rate in force when offered
    Letter letter = letters.issue(LetterRequest.of(task.getExecution(), CespContractProcess.KEY, LetterKind.CESP_OFFER, 1, "OFFERED")
        .with("sender", "Contrat d’Engagement de Service Public — " + ufrName)
        .with("signatory", "La commission de sélection CESP — " + ufrName)
        .with("ufrName", ufrName)
        .with("campaignYear", year)
        .with("listLabel", listLabel)
        .with("rank", COMMISSION_RANK.get(task))
        .with("quota", quota)
        .with("quotaLabel", level == StudyLevel.RESIDENT ? "Contrats ouverts aux internes" : "Contrats ouverts aux étudiants")
        .with("payerName", payerName)
        .with("offerDeadline", OFFER_DEADLINE.get(task))
        .with("offerRule", OFFER_RULE.get(task))
        .with("monthlyGrossCents", rate.grossCents())
        .with("monthlyNetCents", rate.netCents()));
    applicant.decision(task, "Un contrat d'engagement de service public vous est proposé",
        "La commission de sélection vous propose un contrat d'engagement de service public (liste " + listLabel + ", rang "
            + COMMISSION_RANK.get(task) + (quota == null ? "" : ", " + quota + " contrats ouverts aux "
            + (level == StudyLevel.RESIDENT ? "internes" : "étudiants")) + "). L'allocation vous sera versée par " + payerName
            + ".\n\nSignez-le dans Tasklist"
            + " avant le " + FrenchFormat.day(OFFER_DEADLINE.get(task))
            + " ; sans signature dans ce délai, la proposition passe au candidat suivant (CESP_11).", letter.id());
  }
}
