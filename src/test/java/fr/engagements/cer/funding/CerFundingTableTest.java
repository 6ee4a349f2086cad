package fr.engagements.cer.funding;

import static fr.engagements.support.DecisionTableTest.TableCase.given;

import java.util.List;
import java.util.Map;

import fr.engagements.support.DecisionTableTest;

/**
 * {@code cer-funding} (CER_J4, CER_F2, hit policy FIRST), row by row, with the inputs
 * {@link FundingService} gives it: the applicant's other funding and the campaign's quota and count.
 */
class CerFundingTableTest extends DecisionTableTest {

  static final String OTHER_FUNDING = "cer-funding-rule1";
  static final String QUOTA_SPENT = "cer-funding-rule2";
  static final String WITHIN_QUOTA = "cer-funding-rule3";

  @Override
  protected String resource() {
    return "processes/cer-funding.dmn";
  }

  @Override
  protected String decisionKey() {
    return FundingService.DECISION_KEY;
  }

  private static Map<String, Object> inputs(String otherFunding, int fundedQuota, int fundedCount) {
    return Map.of("otherFunding", otherFunding, "fundedQuota", fundedQuota, "fundedCount", fundedCount);
  }

  @Override
  public List<TableCase> cases() {
    return List.of(
        given("CER_J4 financé par une école de l'Inserm : admis sans financement", inputs("INSERM_SCHOOL", 10, 3))
            .matches(OTHER_FUNDING, WITHIN_QUOTA)
            .gives("fundingDecision", "UNFUNDED", "fundingReason", "OTHER_FUNDING"),
        given("CER_J4 financé par l'ENS : admis sans financement", inputs("ENS", 10, 0))
            .matches(OTHER_FUNDING, WITHIN_QUOTA)
            .gives("fundingDecision", "UNFUNDED", "fundingReason", "OTHER_FUNDING"),
        given("CER_F2 contingent atteint : non financé", inputs("NONE", 10, 10))
            .matches(QUOTA_SPENT, WITHIN_QUOTA)
            .gives("fundingDecision", "UNFUNDED", "fundingReason", "QUOTA_SPENT"),
        given("CER_F2 contingent dépassé (réduit après coup) : non financé", inputs("NONE", 5, 6))
            .matches(QUOTA_SPENT, WITHIN_QUOTA)
            .gives("fundingDecision", "UNFUNDED", "fundingReason", "QUOTA_SPENT"),
        given("CER_F1 dernier contrat du contingent : financé", inputs("NONE", 10, 9))
            .matches(WITHIN_QUOTA)
            .gives("fundingDecision", "FUNDED", "fundingReason", "WITHIN_QUOTA"),
        given("FIRST : autre financement et contingent atteint : l'autre financement l'emporte", inputs("OTHER", 10, 10))
            .matches(OTHER_FUNDING, QUOTA_SPENT, WITHIN_QUOTA)
            .gives("fundingDecision", "UNFUNDED", "fundingReason", "OTHER_FUNDING"));
  }
}
