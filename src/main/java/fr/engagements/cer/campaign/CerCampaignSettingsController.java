package fr.engagements.cer.campaign;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.process.CaseInputException;

/**
 * A CER campaign's settings for administrators: {@code GET /api/admin/cer/campaigns/{year}} and
 * {@code PUT /api/admin/cer/campaigns/{year}/application-window} {@code {"years": 3}} (CER_T1: the first cohorts'
 * wider application window; 1 is CER_E4), {@code PUT …/completion-days} {@code {"days": 45}} (CER_E5) and
 * {@code PUT …/signature-reminder-days} {@code {"days": 3}} (CER_P3): the limits that are not law. Someone else than an administrator: 403; a bad value: 400, in French.
 */
@RestController
class CerCampaignSettingsController {

  private final CerCampaigns campaigns;
  private final IdentityService identity;
  private final ResearchTimers researchTimers;

  CerCampaignSettingsController(CerCampaigns campaigns, @Lazy IdentityService identity, ResearchTimers researchTimers) {
    this.campaigns = campaigns;
    this.identity = identity;
    this.researchTimers = researchTimers;
  }

  /**
   * {@code POST /api/admin/cer/research-timers/redate[?dryRun=true]}: after an upgrade that changed when research months
   * can be confirmed (CER_O2), the running candidacies' {@code researchServable} timers take the rule's date; answers
   * each one moved (or that would move), with its old and new date.
   */
  @PostMapping(path = "/api/admin/cer/research-timers/redate", produces = MediaType.APPLICATION_JSON_VALUE)
  List<ResearchTimers.Redated> redateResearchTimers(@RequestParam(defaultValue = "false") boolean dryRun) {
    admin();
    return researchTimers.redate(dryRun);
  }

  record Settings(int year, int fundedQuota, int fundedCount, boolean applicationOpen, String projectDeadline,
      String matchingDate, int dfasm1GraceMonths, int applicationWindowYears, int completionDays, Integer signatureReminderDays,
      int retentionYears) {
    static Settings of(CerCampaign c) {
      return new Settings(c.getYear(), c.getFundedQuota(), c.getFundedCount(), c.isApplicationOpen(),
          c.getProjectDeadline().toString(), c.getMatchingDate().toString(), c.getDfasm1GraceMonths(),
          c.getApplicationWindowYears(), c.getCompletionDays(), c.getSignatureReminderDays(),
          c.getRetentionYears());
    }
  }

  @GetMapping(path = "/api/admin/cer/campaigns/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings get(@PathVariable int year) {
    admin();
    return Settings.of(campaign(year));
  }

  @PutMapping(path = "/api/admin/cer/campaigns/{year}/application-window", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings applicationWindow(@PathVariable int year, @RequestBody(required = false) Map<String, Object> body) {
    String admin = admin();
    campaign(year);
    if (body == null || !(body.get("years") instanceof Integer years) || body.size() != 1) {
      throw CaseInputException.badRequest("Envoyez {\"years\": N} : la fenêtre de dépôt en années entières après le retour"
          + " en études médicales (1 selon la règle CER_E4, davantage au titre des mesures transitoires CER_T1).");
    }
    return Settings.of(campaigns.setApplicationWindow(year, years, admin));
  }

  /** {@code PUT /api/admin/cer/campaigns/{year}/completion-days} {@code {"days": 45}}: CER_E5's limit, 7 to 120 days. */
  @PutMapping(path = "/api/admin/cer/campaigns/{year}/completion-days", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings completionDays(@PathVariable int year, @RequestBody(required = false) Map<String, Object> body) {
    String admin = admin();
    campaign(year);
    if (body == null || !(body.get("days") instanceof Integer days) || body.size() != 1) {
      throw CaseInputException.badRequest("Envoyez {\"days\": N} : le délai de complément du dossier d'entrée, en jours (7 à 120).");
    }
    return Settings.of(campaigns.setCompletionDays(year, days, admin));
  }

  /**
   * {@code PUT /api/admin/cer/campaigns/{year}/signature-reminder-days} {@code {"days": 3}} (1 to 60; {@code null}: the
   * application's setting): CER_P3's reminders, for the signature tasks opened after the change.
   */
  @PutMapping(path = "/api/admin/cer/campaigns/{year}/signature-reminder-days", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings signatureReminderDays(@PathVariable int year, @RequestBody(required = false) Map<String, Object> body) {
    String admin = admin();
    campaign(year);
    if (body == null || body.size() != 1 || !body.containsKey("days")
        || !(body.get("days") == null || body.get("days") instanceof Integer)) {
      throw CaseInputException.badRequest("Envoyez {\"days\": N} : l'intervalle des relances des signataires en jours (1 à 60),"
          + " ou {\"days\": null} pour le réglage de l'application.");
    }
    return Settings.of(campaigns.setSignatureReminderDays(year, (Integer) body.get("days"), admin));
  }

  private CerCampaign campaign(int year) {
    return campaigns.find(year).orElseThrow(() -> CaseInputException.notFound("Aucune campagne CER pour " + year + "."));
  }

  private String admin() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter les réglages de la campagne.");
    }
    if (!user.isAdmin()) {
      throw CaseInputException.forbidden("Les réglages des campagnes sont réservés aux administrateurs.");
    }
    return user.id();
  }
}
