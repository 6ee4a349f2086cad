package fr.engagements.cesp.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.engagements.cesp.CespContractProcess.StudyLevel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public campaign data for the start form: the faculties whose applications are open this year (CESP_5). */
@RestController
@RequestMapping("/api/cesp/campaigns")
class CespCampaignController {

  record OpenCampaign(int campaignYear, String ufr, String ufrName, LocalDate applicationDeadline, int contractQuota,
      int residentQuota, int studentQuota) {
  }

  private final CespCampaignRepository campaigns;
  private final Clock clock;

  CespCampaignController(CespCampaignRepository campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @GetMapping
  List<OpenCampaign> open(@RequestParam(required = false) Integer year) {
    LocalDate today = LocalDate.now(clock);
    int campaignYear = year == null ? today.getYear() : year;
    return campaigns.findByYearOrderByUfr(campaignYear).stream()
        .filter(c -> c.isApplicationOpen() && !today.isAfter(c.getApplicationDeadline()))
        .map(c -> new OpenCampaign(c.getYear(), c.getUfr(), c.getUfrName(), c.getApplicationDeadline(), c.getContractQuota(),
            c.quota(StudyLevel.RESIDENT), c.quota(StudyLevel.STUDENT)))
        .toList();
  }
}
