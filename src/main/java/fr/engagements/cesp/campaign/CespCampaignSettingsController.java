package fr.engagements.cesp.campaign;

import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.cesp.CespContractProcess.StudyLevel;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A faculty's CESP campaign for administrators: {@code GET /api/admin/cesp/campaigns/{year}/{ufr}} (both quotas, used and
 * left) and {@code PUT …/quotas} {@code {"residents": 8, "students": 8}} (CESP_5: the published figures). Someone else than
 * an administrator: 403; a bad value or a quota below the places already taken: 400, in French.
 */
@RestController
class CespCampaignSettingsController {

  /** One kind's quota: published, signed, offers awaiting signature, left. */
  record QuotaUse(int quota, int signed, int offers, int left) {
    static QuotaUse of(CespCampaign c, StudyLevel level) {
      return new QuotaUse(c.quota(level), c.signed(level), c.offers(level), Math.max(0, c.freePlaces(level)));
    }
  }

  record Settings(int year, String ufr, String ufrName, String region, QuotaUse residents, QuotaUse students,
      int signatureDays, int completionDays) {
    static Settings of(CespCampaign c) {
      return new Settings(c.getYear(), c.getUfr(), c.getUfrName(), c.getRegion(), QuotaUse.of(c, StudyLevel.RESIDENT),
          QuotaUse.of(c, StudyLevel.STUDENT), c.getSignatureDays(), c.getCompletionDays());
    }
  }

  private final CespCampaigns campaigns;
  private final IdentityService identity;

  CespCampaignSettingsController(CespCampaigns campaigns, @Lazy IdentityService identity) {
    this.campaigns = campaigns;
    this.identity = identity;
  }

  @GetMapping(path = "/api/admin/cesp/campaigns/{year}/{ufr}", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings get(@PathVariable int year, @PathVariable String ufr) {
    admin();
    return Settings.of(campaign(year, ufr));
  }

  @PutMapping(path = "/api/admin/cesp/campaigns/{year}/{ufr}/quotas", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  Settings quotas(@PathVariable int year, @PathVariable String ufr, @RequestBody(required = false) Map<String, Object> body) {
    admin();
    campaign(year, ufr);
    if (body == null || body.size() != 2 || !(body.get("residents") instanceof Integer residents)
        || !(body.get("students") instanceof Integer students) || residents < 0 || students < 0 || residents > 9999
        || students > 9999) {
      throw CaseInputException.badRequest("Envoyez {\"residents\": N, \"students\": M} : le nombre de contrats ouverts pour les"
          + " internes et pour les étudiants (0 à 9999 chacun, règle CESP_5).");
    }
    CespCampaign campaign = campaigns.lock(year, ufr);
    if (residents < campaign.signed(StudyLevel.RESIDENT) + campaign.offers(StudyLevel.RESIDENT)
        || students < campaign.signed(StudyLevel.STUDENT) + campaign.offers(StudyLevel.STUDENT)) {
      throw CaseInputException.badRequest("Un contingent ne peut pas être inférieur aux contrats déjà signés ou proposés :"
          + " internes " + (campaign.signed(StudyLevel.RESIDENT) + campaign.offers(StudyLevel.RESIDENT)) + ", étudiants "
          + (campaign.signed(StudyLevel.STUDENT) + campaign.offers(StudyLevel.STUDENT)) + ".");
    }
    campaign.setQuotas(residents, students);
    return Settings.of(campaign);
  }

  private CespCampaign campaign(int year, String ufr) {
    return campaigns.find(year, ufr).orElseThrow(() -> CaseInputException.notFound("Aucune campagne CESP pour l'UFR « " + ufr
        + " » et l'année " + year + "."));
  }

  private void admin() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter les réglages de la campagne.");
    }
    if (!user.isAdmin()) {
      throw CaseInputException.forbidden("Les réglages des campagnes sont réservés aux administrateurs.");
    }
  }
}
