package fr.engagements.cesp;

import fr.engagements.process.Var;

/**
 * The {@code cesp-campaign} process: one instance per faculty (UFR) and year, business key
 * {@code CESP-<campaignYear>-<ufr>}. It closes the applications, closes the commission, draws the
 * lists and offers the contracts in rank order within the quota (CESP_5, CESP_6, CESP_11).
 */
public final class CespCampaignProcess {

  public static final String KEY = "cesp-campaign";

  /** Sent by a contract when its offer is answered (signed, declined or expired). */
  public static final String MESSAGE_OFFER_ANSWERED = "CespOfferAnswered";

  private CespCampaignProcess() {
  }

  public static final class Tasks {
    public static final String CLOSE_APPLICATIONS = "closeApplications";
    public static final String CLOSE_COMMISSION = "closeCommission";

    private Tasks() {
    }
  }

  public static final class Elements {
    public static final String START = "campaignOpened";
    public static final String DEADLINE_TIMER = "applicationDeadlinePassed";
    public static final String DRAW_LISTS = "drawLists";
    public static final String OFFER_CONTRACTS = "offerContracts";
    public static final String AWAIT_ANSWER = "offerAnswered";

    private Elements() {
    }
  }

  public static String businessKey(int year, String ufr) {
    return "CESP-" + year + "-" + ufr;
  }

  // Start variables
  public static final Var<Integer> CAMPAIGN_YEAR = Var.integer("campaignYear");
  public static final Var<String> UFR = Var.string("ufr");

  // Set at start from the campaign's data
  public static final Var<String> UFR_NAME = Var.string("ufrName");
  public static final Var<Integer> CONTRACT_QUOTA = Var.integer("contractQuota");
  public static final Var<String> APPLICATION_DEADLINE = Var.string("applicationDeadline");
  public static final Var<String> APPLICATIONS_CLOSE_AT = Var.string("applicationsCloseAt");

  // closeApplications (ufr)
  public static final Var<Boolean> CLOSE_EARLY_CONFIRMED = Var.bool("closeEarlyConfirmed");
  // closeCommission (ufr)
  public static final Var<java.time.LocalDate> COMMISSION_DATE = Var.date("commissionDate");
  public static final Var<String> COMMISSION_REPORT = Var.string("commissionReport");

  // Set by the allocation
  public static final Var<String> MAIN_LIST = Var.string("mainList");
  public static final Var<String> COMPLEMENTARY_LIST = Var.string("complementaryList");
  public static final Var<Integer> CONTRACTS_SIGNED = Var.integer("contractsSigned");
  public static final Var<Integer> OFFERS_OPEN = Var.integer("offersOpen");
  public static final Var<Boolean> ALLOCATION_FINISHED = Var.bool("allocationFinished");
  public static final Var<String> ALLOCATION_SUMMARY = Var.string("allocationSummary");
  public static final Var<String> OUTCOME = Var.string("outcome");
}
