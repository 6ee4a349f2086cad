package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.casefile.Groups;
import fr.engagements.process.Applicants;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Registers a CESP application when its process starts (checks, the faculty's deadline, one open
 * application per applicant and year, business key, restricted bank details) and follows its stage,
 * in the engine's transaction: a refused start leaves nothing behind.
 */
@Service
public class CespApplications {

  private static final Pattern BUSINESS_KEY = Pattern.compile("CESP-(\\d{4})-([A-Z0-9]{2,16})-(\\d{6})");
  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CespApplicationRepository applications;
  private final CespCampaigns campaigns;
  private final RestrictedData restricted;
  private final Clock clock;

  CespApplications(CespApplicationRepository applications, CespCampaigns campaigns, RestrictedData restricted, Clock clock) {
    this.applications = applications;
    this.campaigns = campaigns;
    this.restricted = restricted;
    this.clock = clock;
  }

  public CespApplication register(DelegateExecution execution) {
    RestrictedData.requireTransient(execution, IBAN.name(), "L'IBAN");
    RestrictedData.requireTransient(execution, BANK_DETAILS.name(), "Le RIB");
    InputCheck check = CespStartRules.check(execution);
    String applicantId = Applicants.resolve(execution, APPLICANT_ID, check, Set.of(Groups.UFR));
    if (!Boolean.TRUE.equals(FOREIGN_NATIONAL.find(execution).orElse(null)) && execution.hasVariable(RESIDENCE_PERMIT.name())) {
      check.problem("Le titre de séjour (residencePermit) n'est demandé qu'aux candidats de nationalité étrangère : ne le joignez pas.");
    }
    check.done();

    int year = CAMPAIGN_YEAR.get(execution);
    String ufr = UFR.get(execution);
    CespCampaign campaign = campaigns.lock(year, ufr);
    LocalDate today = LocalDate.now(clock);
    if (today.isAfter(campaign.getApplicationDeadline())) {
      throw CaseInputException.badRequest("La date limite de dépôt des candidatures au CESP fixée par " + campaign.getUfrName()
          + " pour la campagne " + year + " était le " + campaign.getApplicationDeadline().format(FRENCH_DATE)
          + " : votre candidature ne peut plus être reçue (règle CESP_5).");
    }
    if (!campaign.isApplicationOpen()) {
      throw CaseInputException.badRequest("Les dépôts de candidatures au CESP de " + campaign.getUfrName() + " pour la campagne "
          + year + " sont clos : votre candidature ne peut plus être reçue (règle CESP_5).");
    }
    Optional<CespApplication> open = applications.findByOpenKey(CespApplication.openKey(applicantId, year));
    if (open.isPresent()) {
      throw CaseInputException.conflict("Le demandeur " + applicantId + " a déjà une candidature au CESP en cours pour "
          + year + " (" + open.get().getBusinessKey() + ").");
    }
    String businessKey = businessKeyFor(execution.getProcessBusinessKey(), campaign);
    execution.setProcessBusinessKey(businessKey);
    APPLICANT_ID.set(execution, applicantId);
    Applicants.grantOwnCase(execution, applicantId);
    UFR_NAME.set(execution, campaign.getUfrName());
    HOME_REGION.set(execution, campaign.getRegion());
    REGION.set(execution, campaign.getRegion());
    SUSPENDED.set(execution, false);

    String iban = RestrictedData.validIban(IBAN.get(execution)).orElseThrow();
    BANK_ACCOUNT_MASKED.set(execution, restricted.storeBankDetails(businessKey, iban, BANK_ACCOUNT_HOLDER.get(execution)));
    FileValue rib = BANK_DETAILS.get(execution);
    if (rib != null) {
      restricted.storeRib(businessKey, rib);
    }
    try {
      CespApplication application = new CespApplication(businessKey, execution.getProcessInstanceId(), campaign.getId(),
          applicantId, APPLICANT_NAME.get(execution), STUDY_LEVEL.get(execution), year, clock.instant());
      application.declareRank(DECLARED_RANK.find(execution).orElse(null));
      return applications.saveAndFlush(application);
    } catch (DataIntegrityViolationException e) {
      throw CaseInputException.conflict("Le demandeur " + applicantId + " a déjà une candidature au CESP en cours pour " + year + ".");
    }
  }

  private String businessKeyFor(String given, CespCampaign campaign) {
    if (given == null || given.isBlank()) {
      String key;
      do {
        key = String.format("CESP-%d-%s-%06d", campaign.getYear(), campaign.getUfr(), campaign.nextApplicationNumber());
      } while (applications.existsById(key));
      return key;
    }
    var m = BUSINESS_KEY.matcher(given);
    if (!m.matches() || Integer.parseInt(m.group(1)) != campaign.getYear() || !m.group(2).equals(campaign.getUfr())) {
      throw CaseInputException.badRequest("La clé métier « " + given + " » ne suit pas le format CESP-" + campaign.getYear() + "-"
          + campaign.getUfr() + "-NNNNNN ; laissez-la vide pour qu'elle soit attribuée.");
    }
    if (applications.existsById(given)) {
      throw CaseInputException.conflict("La clé métier " + given + " est déjà attribuée.");
    }
    return given;
  }

  /** The bank details given again while completing the dossier (transient variables only). */
  public void updateBankDetails(VariableScope scope, String businessKey) {
    RestrictedData.requireTransient(scope, IBAN.name(), "L'IBAN");
    RestrictedData.requireTransient(scope, BANK_DETAILS.name(), "Le RIB");
    Object rawIban = scope.getVariable(IBAN.name());
    if (rawIban instanceof String s && !s.isBlank()) {
      String iban = RestrictedData.validIban(s).orElseThrow(() -> CaseInputException.badRequest(
          "L'IBAN (iban) n'est pas valide : vérifiez sa longueur et sa clé de contrôle (ISO 13616)."));
      Object holder = scope.getVariable(BANK_ACCOUNT_HOLDER.name());
      String name = holder instanceof String h && !h.isBlank() ? h.strip() : APPLICANT_NAME.get(scope);
      BANK_ACCOUNT_MASKED.set(scope, restricted.storeBankDetails(businessKey, iban, name));
    }
    FileValue rib = BANK_DETAILS.get(scope);
    if (rib != null) {
      restricted.storeRib(businessKey, rib);
    }
  }

  /** CESP_8: the residency post the beneficiary chose, on the contract. */
  public void recordResidencyPost(String businessKey, String post) {
    get(businessKey).recordResidencyPost(post);
  }

  /** CESP_2: who pays this contract, recorded at signature. */
  public void recordPayer(String businessKey, String payer) {
    get(businessKey).recordPayer(payer);
  }

  public void moveTo(String businessKey, Stage stage) {
    applications.findById(businessKey).ifPresent(a -> a.moveTo(stage));
  }

  public void close(String businessKey, Outcome outcome) {
    applications.findById(businessKey).ifPresent(a -> a.end(outcome, clock.instant()));
  }

  /**
   * A contract closed with this outcome resumes in a new instance (a rupture withdrawn on appeal). Refused when it is no
   * longer closed so, or when the person has another open application of the year.
   */
  public CespApplication reopen(String businessKey, Outcome endedAs, String newProcessInstanceId, int year) {
    CespApplication application = get(businessKey);
    if (!application.isEnded() || application.getOutcome() != endedAs) {
      throw CaseInputException.conflict("Le contrat " + businessKey + " n'est plus clos sur cette décision : il ne peut pas être"
          + " rouvert par ce recours.");
    }
    Optional<CespApplication> other = applications.findByOpenKey(CespApplication.openKey(application.getApplicantId(), year));
    if (other.isPresent()) {
      throw CaseInputException.conflict("La personne a depuis déposé une autre candidature CESP pour " + year + " ("
          + other.get().getBusinessKey() + ") : une seule peut être en cours.");
    }
    application.reopen(newProcessInstanceId, year);
    applications.flush();
    return application;
  }

  public CespApplication get(String businessKey) {
    return applications.findById(businessKey).orElseThrow(() -> new IllegalStateException("No CESP application " + businessKey));
  }

  public Optional<CespApplication> find(String businessKey) {
    return applications.findById(businessKey);
  }

  public List<CespApplication> ofCampaign(Long campaignId, List<Stage> stages) {
    return applications.findByCampaignIdAndStageInOrderByBusinessKey(campaignId, stages);
  }

  public boolean rankTaken(Long campaignId, CommissionList list, int rank, String businessKey) {
    return applications.existsByCampaignIdAndCommissionListAndCommissionRankAndBusinessKeyNot(campaignId, list, rank, businessKey);
  }
}
