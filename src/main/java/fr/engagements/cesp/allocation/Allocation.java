package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespContractProcess.StudyLevel;
import fr.engagements.cesp.allocation.AllocationLogEntry.Event;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplication.OfferStatus;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The allocation of a faculty's CESP contracts (CESP_5, CESP_6, CESP_11): residents and students each within their own
 * quota; among the candidates the commission retained, main list then complementary list, each by the declared ranking
 * (national ECN/EDN rank for residents, 2nd-year access rank for students; the commission's rank breaks ties); a contract
 * is offered while signed contracts plus open offers of that kind stay under its quota; an offer declined or unsigned
 * within the campaign's signature limit (30 days by default) frees its place for the next candidate of the same kind.
 * Every step locks the campaign row (so concurrent steps never exceed the quota), writes the
 * allocation log with its rule, and talks to the contract instances by messages (business key).
 */
@Service
public class Allocation {


  /**
   * Main list first, then the complementary list; within each, the declared ranking (CESP_11: ECN/EDN for residents,
   * declared rank for students; an application started before the rank was asked, without one, comes last), then the
   * commission's rank.
   */
  static final Comparator<CespApplication> RANK_ORDER = Comparator
      .comparing((CespApplication a) -> a.getCommissionList() == CommissionList.MAIN ? 0 : 1)
      .thenComparing(CespApplication::getDeclaredRank, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(CespApplication::getCommissionRank)
      .thenComparing(CespApplication::getBusinessKey);

  /** Residents are offered contracts before students in each round: one order for the log, the quotas are apart. */
  static final List<StudyLevel> KINDS = List.of(StudyLevel.RESIDENT, StudyLevel.STUDENT);

  private final CespCampaigns campaigns;
  private final CespApplications applications;
  private final AllocationLogRepository log;
  private final RuntimeService runtime;
  private final Clock clock;

  Allocation(CespCampaigns campaigns, CespApplications applications, AllocationLogRepository log,
      @Lazy RuntimeService runtime, Clock clock) {
    this.campaigns = campaigns;
    this.applications = applications;
    this.log = log;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Listed candidates not yet offered a contract, in the order they will be offered one. */
  public List<CespApplication> waiting(CespCampaign campaign) {
    return applications.ofCampaign(campaign.getId(), List.of(Stage.AWAITING_OFFER)).stream().sorted(RANK_ORDER).toList();
  }

  /** Listed candidates of one kind (residents or students) not yet offered a contract, in offer order. */
  public List<CespApplication> waiting(CespCampaign campaign, StudyLevel level) {
    return waiting(campaign).stream().filter(a -> a.getStudyLevel() == level).toList();
  }

  /** "interne(s)" or "étudiant(s)", for the log and letters. */
  static String kindLabel(StudyLevel level) {
    return level == StudyLevel.RESIDENT ? "internes" : "étudiants";
  }

  private static String rankLabel(CespApplication a) {
    if (a.getDeclaredRank() == null) {
      return "sans rang de classement déclaré";
    }
    return a.getStudyLevel() == StudyLevel.RESIDENT
        ? "classé(e) " + a.getDeclaredRank() + "e aux épreuves nationales (ECN/EDN)"
        : "rang déclaré " + a.getDeclaredRank() + " (épreuves d'accès à la 2e année)";
  }

  /**
   * "Établir les listes": closes the dossiers still incomplete (message {@code CespCommissionClosed}) and
   * records the main and complementary lists as the commission ranked them.
   */
  public void drawLists(VariableScope campaignScope, int year, String ufr) {
    CespCampaign campaign = campaigns.lock(year, ufr);
    for (CespApplication incomplete : applications.ofCampaign(campaign.getId(), List.of(Stage.DOSSIER))) {
      write(campaign, incomplete, Event.DOSSIER_INCOMPLETE, "CESP_4",
          "Dossier incomplet à la clôture de la commission : la candidature n'est pas examinée.");
      runtime.createMessageCorrelation(CespContractProcess.MESSAGE_COMMISSION_CLOSED)
          .processInstanceBusinessKey(incomplete.getBusinessKey()).correlateAll();
    }
    List<CespApplication> listed = waiting(campaign);
    for (CespApplication a : listed) {
      write(campaign, a, Event.LISTED, "CESP_6", "Inscrit(e) sur la liste " + listLabel(a.getCommissionList()) + " au rang "
          + a.getCommissionRank() + " par la commission de sélection ; " + (a.getStudyLevel() == StudyLevel.RESIDENT ? "interne, " : "étudiant(e), ")
          + rankLabel(a) + ".");
    }
    MAIN_LIST.set(campaignScope, describe(listed, CommissionList.MAIN));
    COMPLEMENTARY_LIST.set(campaignScope, describe(listed, CommissionList.COMPLEMENTARY));
  }

  /**
   * "Proposer les contrats": offers contracts to the next listed candidates while places are free.
   * Returns the number of offers made. Safe to run concurrently: the campaign row is locked.
   */
  public int offerWithinQuota(int year, String ufr) {
    CespCampaign campaign = campaigns.lock(year, ufr);
    // CESP_11: the faculty campaign's signature limit (30 days by default); the task's timer reads the same setting
    LocalDate deadline = LocalDate.now(clock).plusDays(campaign.getSignatureDays());
    int offered = 0;
    for (StudyLevel level : KINDS) {
      for (CespApplication next : waiting(campaign, level)) {
        if (campaign.freePlaces(level) <= 0) {
          break;
        }
        offer(campaign, next, level, deadline);
        offered++;
      }
    }
    return offered;
  }

  private void offer(CespCampaign campaign, CespApplication next, StudyLevel level, LocalDate deadline) {
    campaign.openOffer(level);
    next.offer(deadline);
    String rule = "Liste " + listLabel(next.getCommissionList()) + ", " + rankLabel(next) + " (rang " + next.getCommissionRank()
        + " de la commission) : premier des " + kindLabel(level) + " retenus non encore sollicité, place "
        + (campaign.signed(level) + campaign.offers(level)) + " sur " + campaign.quota(level) + " du contingent des "
        + kindLabel(level) + " ; à signer avant le " + deadline + " (règles CESP_5, CESP_11).";
    write(campaign, next, Event.OFFERED, "CESP_11", rule);
      runtime.createMessageCorrelation(CespContractProcess.MESSAGE_CONTRACT_OFFERED)
          .processInstanceBusinessKey(next.getBusinessKey())
          .setVariable(CespContractProcess.OFFER_DEADLINE.name(), deadline.toString())
          .setVariable(CespContractProcess.OFFER_RULE.name(), rule)
          .correlate();
  }

  /** The campaign's counters for its process: signed, open offers, and whether the allocation is over. */
  public void publishState(VariableScope campaignScope, int year, String ufr) {
    CespCampaign campaign = campaigns.get(year, ufr);
    boolean finished = campaign.getOpenOffers() == 0
        && KINDS.stream().allMatch(level -> campaign.freePlaces(level) <= 0 || waiting(campaign, level).isEmpty());
    CONTRACTS_SIGNED.set(campaignScope, campaign.getSignedCount());
    OFFERS_OPEN.set(campaignScope, campaign.getOpenOffers());
    ALLOCATION_FINISHED.set(campaignScope, finished);
  }

  /**
   * An offer answered (signed, declined, or not signed within the campaign's limit): the place is taken or freed,
   * and the campaign is woken up (message {@code CespOfferAnswered}) to offer the next contract.
   */
  public void recordAnswer(String businessKey, OfferStatus answer) {
    CespApplication application = applications.get(businessKey);
    CespCampaign campaign = campaigns.lockById(application.getCampaignId());
    if (application.getOfferStatus() != OfferStatus.OFFERED) {
      return; // already answered (a replayed step)
    }
    campaign.answerOffer(application.getStudyLevel(), answer == OfferStatus.SIGNED);
    application.answer(answer);
    Event event = switch (answer) {
      case SIGNED -> Event.SIGNED;
      case DECLINED -> Event.DECLINED;
      default -> Event.EXPIRED;
    };
    String explanation = switch (answer) {
      case SIGNED -> "Contrat signé : la place est attribuée.";
      case DECLINED -> "Offre refusée par le candidat : la place passe au suivant des " + kindLabel(application.getStudyLevel())
          + " retenus (règle CESP_11).";
      default -> "Offre non signée dans les " + campaign.getSignatureDays() + " jours, au " + application.getOfferDeadline()
          + " : la place passe au suivant des " + kindLabel(application.getStudyLevel()) + " retenus (règle CESP_11).";
    };
    write(campaign, application, event, "CESP_11", explanation);
    runtime.createMessageCorrelation(CespCampaignProcess.MESSAGE_OFFER_ANSWERED)
        .processInstanceBusinessKey(CespCampaignProcess.businessKey(campaign.getYear(), campaign.getUfr()))
        .correlateAll();
  }

  /** "Clore l'attribution": candidates never reached are told so (message {@code CespAllocationClosed}). */
  public void closeAllocation(VariableScope campaignScope, int year, String ufr) {
    CespCampaign campaign = campaigns.lock(year, ufr);
    for (CespApplication a : waiting(campaign)) {
      write(campaign, a, Event.NOT_OFFERED, "CESP_5", "Contingent de " + campaign.quota(a.getStudyLevel())
          + " contrat(s) des " + kindLabel(a.getStudyLevel()) + " épuisé avant d'atteindre ce candidat (liste "
          + listLabel(a.getCommissionList()) + ", " + rankLabel(a) + ").");
      runtime.createMessageCorrelation(CespContractProcess.MESSAGE_ALLOCATION_CLOSED)
          .processInstanceBusinessKey(a.getBusinessKey()).correlateAll();
    }
    ALLOCATION_SUMMARY.set(campaignScope, campaign.getSignedCount() + " contrat(s) signé(s) sur " + campaign.getContractQuota()
        + " ouvert(s) : internes " + campaign.signed(StudyLevel.RESIDENT) + " sur " + campaign.quota(StudyLevel.RESIDENT)
        + ", étudiants " + campaign.signed(StudyLevel.STUDENT) + " sur " + campaign.quota(StudyLevel.STUDENT) + ".");
  }

  public List<AllocationLogEntry> logOf(Long campaignId) {
    return log.findByCampaignIdOrderByIdAsc(campaignId);
  }

  private void write(CespCampaign campaign, CespApplication application, Event event, String rule, String explanation) {
    log.save(new AllocationLogEntry(campaign.getId(), application.getBusinessKey(), event,
        application.getCommissionList() == null ? null : application.getCommissionList().name(), application.getCommissionRank(),
        rule, explanation, campaign.getSignedCount(), campaign.getOpenOffers(), "system", clock.instant()));
  }

  static String listLabel(CommissionList list) {
    return list == CommissionList.MAIN ? "principale" : "complémentaire";
  }

  private static String describe(List<CespApplication> listed, CommissionList list) {
    return summary(listed.stream().filter(a -> a.getCommissionList() == list)
        .map(a -> (a.getCommissionRank() + ". " + a.getBusinessKey() + " " + (a.getApplicantName() == null ? "" : a.getApplicantName())).strip())
        .toList());
  }

  /** Camunda keeps a String variable in a 4,000-character column (PostgreSQL refuses more). */
  static final int MAX_LIST_CHARS = 4000;

  /**
   * The list as one String variable for Cockpit and the forms, cut before the column's limit: a faculty with a
   * large quota (100 places: about 5,000 characters) must not fail its campaign. The full ranking stays in the
   * applications' commission ranks and the allocation log.
   */
  static String summary(List<String> entries) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      String next = (i == 0 ? "" : " ; ") + entries.get(i);
      String rest = " ; … et " + (entries.size() - i) + " autres (classement complet dans le registre d'allocation)";
      if (text.length() + next.length() + (i + 1 < entries.size() ? rest.length() : 0) > MAX_LIST_CHARS) {
        return text.append(rest).toString();
      }
      text.append(next);
    }
    return text.toString();
  }
}
