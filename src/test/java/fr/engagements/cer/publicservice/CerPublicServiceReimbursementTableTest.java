package fr.engagements.cer.publicservice;

import static fr.engagements.support.DecisionTableTest.TableCase.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.support.DecisionTableTest;

/**
 * {@code cer-public-service-reimbursement} (CER_F3, hit policy FIRST), row by row: only a breach of the public-service
 * obligation claims « les sommes versées »; net by default, gross when the campaign chose it. The amounts are the
 * rule's: 35 months of allowance, 35 × 1,106.88 EUR net = 3,874,080 cents, 35 × 1,200.00 EUR gross = 4,200,000 cents.
 */
class CerPublicServiceReimbursementTableTest extends DecisionTableTest {

  static final String GROSS = "cer-public-service-reimbursement-rule1";
  static final String NET_BY_DEFAULT = "cer-public-service-reimbursement-rule2";

  @Override
  protected String resource() {
    return "processes/cer-public-service-reimbursement.dmn";
  }

  @Override
  protected String decisionKey() {
    return CerPublicServiceProcess.REIMBURSEMENT_DECISION;
  }

  private static Map<String, Object> inputs(String choice, long net, long gross) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("reimbursementBasisChoice", choice);
    inputs.put("netPaidCents", net);
    inputs.put("grossPaidCents", gross);
    return inputs;
  }

  @Override
  public List<TableCase> cases() {
    return List.of(
        given("CER_F3 la campagne a choisi le brut : 35 mois × 1 200,00 €", inputs("GROSS", 3_874_080L, 4_200_000L))
            .matches(GROSS, NET_BY_DEFAULT)
            .gives("reimbursementCents", 4_200_000L, "basis", "GROSS"),
        given("CER_F3 base nette choisie : 35 mois × 1 106,88 €", inputs("NET", 3_874_080L, 4_200_000L))
            .matches(NET_BY_DEFAULT)
            .gives("reimbursementCents", 3_874_080L, "basis", "NET"),
        given("CER_F3 aucun choix de la campagne : le net par défaut", inputs(null, 332_064L, 360_000L))
            .matches(NET_BY_DEFAULT)
            .gives("reimbursementCents", 332_064L, "basis", "NET"));
  }
}
