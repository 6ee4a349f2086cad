package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.casefile.Groups;
import fr.engagements.directory.Directory;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Applicants;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Registers a candidacy when its process starts and closes it when it ends, in the engine's
 * transaction: a refused start leaves no process instance and no row.
 */
@Service
public class CandidacyService {

  private static final Pattern BUSINESS_KEY = Pattern.compile("CER-(\\d{4})-(\\d{6})");

  private final CandidacyRepository candidacies;
  private final CerCampaignRepository campaigns;
  private final Clock clock;
  private final Directory directory;

  CandidacyService(CandidacyRepository candidacies, CerCampaignRepository campaigns, Clock clock, Directory directory) {
    this.candidacies = candidacies;
    this.campaigns = campaigns;
    this.clock = clock;
    this.directory = directory;
  }

  /** Validates the start variables, settles the applicant and business key, and writes the candidacy row. */
  public Candidacy register(DelegateExecution execution) {
    InputCheck check = CandidacyStartRules.check(execution);
    String applicantId = Applicants.resolve(execution, APPLICANT_ID, check, Set.of(Groups.CER_SECRETARIAT));
    Integer year = CAMPAIGN_YEAR.accepts(execution.getVariable(CAMPAIGN_YEAR.name())) ? CAMPAIGN_YEAR.get(execution) : null;
    if (execution.getVariable(STUDIES_FACULTY.name()) instanceof String faculty && !faculty.isBlank()
        && directory.institution(InstitutionKind.FACULTY, faculty).filter(Institution::isActive).isEmpty()) {
      check.problem("La faculté d'inscription (studiesFaculty) « " + (faculty.length() > 64 ? faculty.substring(0, 64) + "…" : faculty)
          + " » n'est pas une faculté de l'annuaire : choisissez-la dans la liste.");
    }
    check.done();

    CerCampaign campaign = campaigns.lockByYear(year)
        .orElseThrow(() -> CaseInputException.badRequest("Aucune campagne CER n'existe pour l'année " + year + "."));
    if (!campaign.isApplicationOpen()) {
      throw CaseInputException.badRequest("La campagne CER " + year + " n'accepte plus de candidatures.");
    }
    Optional<Candidacy> open = candidacies.findByOpenKey(Candidacy.openKey(applicantId, year));
    if (open.isPresent()) {
      throw CaseInputException.conflict("Le demandeur " + applicantId + " a déjà une candidature en cours pour la campagne "
          + year + " (" + open.get().getBusinessKey() + ").");
    }
    String businessKey = businessKeyFor(execution.getProcessBusinessKey(), campaign);
    execution.setProcessBusinessKey(businessKey);
    APPLICANT_ID.set(execution, applicantId);
    Applicants.grantOwnCase(execution, applicantId);
    try {
      return candidacies.saveAndFlush(new Candidacy(businessKey, execution.getProcessInstanceId(), applicantId,
          APPLICANT_NAME.get(execution), year, clock.instant()));
    } catch (DataIntegrityViolationException e) {
      // a concurrent start of the same applicant and campaign won the race
      throw CaseInputException.conflict("Le demandeur " + applicantId + " a déjà une candidature en cours pour la campagne " + year + ".");
    }
  }

  private String businessKeyFor(String given, CerCampaign campaign) {
    if (given == null || given.isBlank()) {
      String key;
      do { // skip numbers that a starter chose explicitly
        key = String.format("CER-%d-%06d", campaign.getYear(), campaign.nextCandidacyNumber());
      } while (candidacies.existsById(key));
      return key;
    }
    var m = BUSINESS_KEY.matcher(given);
    if (!m.matches() || Integer.parseInt(m.group(1)) != campaign.getYear()) {
      throw CaseInputException.badRequest("La clé métier « " + given + " » ne suit pas le format CER-" + campaign.getYear()
          + "-NNNNNN ; laissez-la vide pour qu'elle soit attribuée.");
    }
    if (candidacies.existsById(given)) {
      throw CaseInputException.conflict("La clé métier " + given + " est déjà attribuée à une autre candidature.");
    }
    return given;
  }

  /** Ends the candidacy with its outcome; frees the applicant to apply again. */
  public void close(String businessKey, Outcome outcome) {
    candidacies.findById(businessKey).ifPresent(c -> c.end(outcome, clock.instant()));
  }

  /**
   * Reopens a candidacy that ended with this outcome, now run by another process instance (a decision withdrawn on
   * appeal). Refused when it no longer stands on that outcome, or when the applicant has since opened another
   * candidacy of the campaign (one open candidacy per applicant and campaign).
   */
  public Candidacy reopen(String businessKey, Outcome endedAs, String newProcessInstanceId) {
    Candidacy candidacy = get(businessKey);
    if (!candidacy.isEnded() || candidacy.getOutcome() != endedAs) {
      throw CaseInputException.conflict("La candidature " + businessKey + " n'est plus close sur cette décision : elle ne peut pas"
          + " être rouverte par ce recours.");
    }
    Optional<Candidacy> other = candidacies.findByOpenKey(Candidacy.openKey(candidacy.getApplicantId(), candidacy.getCampaignYear()));
    if (other.isPresent()) {
      throw CaseInputException.conflict("Le demandeur a depuis déposé une autre candidature pour la campagne "
          + candidacy.getCampaignYear() + " (" + other.get().getBusinessKey() + ") : une seule peut être en cours. Elle doit"
          + " être retirée avant que la décision contestée le soit.");
    }
    candidacy.reopen(newProcessInstanceId);
    candidacies.flush();
    return candidacy;
  }

  public Optional<Candidacy> find(String businessKey) {
    return candidacies.findById(businessKey);
  }

  public Candidacy get(String businessKey) {
    return candidacies.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("No candidacy " + businessKey));
  }
}
