package fr.engagements.cesp.events;

import static fr.engagements.support.DecisionTableTest.TableCase.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.support.DecisionTableTest;

/**
 * {@code cesp-rupture-penalty} (CESP_10, the seeds' rule, used by default; hit policy FIRST), row by row and
 * to the cent, with the inputs {@link RupturePenalty} gives it ({@link RupturePenalty.Facts#asDecisionVariables()}):
 * the diploma is expected on 30 June 2033; a rupture on that day or after it owes the fixed sum.
 */
class CespRupturePenaltyTableTest extends DecisionTableTest {

  static final String INCAPACITY = "cesp-rupture-penalty-rule1";
  static final String OWN_INITIATIVE_BEFORE = "cesp-rupture-penalty-rule2";
  static final String OWN_INITIATIVE_AFTER = "cesp-rupture-penalty-rule3";
  static final String STRUCK_OFF_BEFORE = "cesp-rupture-penalty-rule4";
  static final String STRUCK_OFF_AFTER = "cesp-rupture-penalty-rule5";

  private static final LocalDate DIPLOMA = LocalDate.of(2033, 6, 30);
  private static final long NET_MONTH = 110_688L;

  @Override
  protected String resource() {
    return "processes/cesp-rupture-penalty.dmn";
  }

  @Override
  protected String decisionKey() {
    return RupturePenalty.DEFAULT_DECISION;
  }

  /** The facts of a rupture on {@code date} after {@code months} months of allowance received. */
  private static Map<String, Object> rupture(RuptureReason reason, String date, long months, boolean arsRezoning) {
    return new RupturePenalty.Facts(reason, LocalDate.parse(date), DIPLOMA, arsRezoning, months * NET_MONTH, months)
        .asDecisionVariables();
  }

  private static Map<String, Object> rupture(RuptureReason reason, String date, long months) {
    return rupture(reason, date, months, false);
  }

  @Override
  public List<TableCase> cases() {
    return List.of(
        // row 1: incapacity or unfitness owes nothing, before or after the diploma
        given("CESP_10 incapacité avant le diplôme : rien n'est dû", rupture(RuptureReason.INCAPACITY, "2031-03-15", 4))
            .matches(INCAPACITY)
            .gives("reimbursementCents", 0L, "penaltyCents", 0L, "rule", "CESP_10"),
        given("CESP_10 incapacité après le diplôme : rien n'est dû", rupture(RuptureReason.INCAPACITY, "2034-01-10", 30))
            .matches(INCAPACITY)
            .gives("reimbursementCents", 0L, "penaltyCents", 0L, "rule", "CESP_10"),
        // row 2: own initiative before the diploma: net sums + 200 EUR per month started (15/03/2031 → 30/06/2033: 28)
        given("CESP_10 initiative du bénéficiaire avant le diplôme : 4 mois perçus, 28 mois commencés restants",
            rupture(RuptureReason.OWN_INITIATIVE, "2031-03-15", 4))
            .matches(OWN_INITIATIVE_BEFORE)
            .gives("reimbursementCents", 442_752L, "penaltyCents", 560_000L, "rule", "CESP_10"),
        given("CESP_10 initiative du bénéficiaire la veille du diplôme : un mois commencé reste dû",
            rupture(RuptureReason.OWN_INITIATIVE, "2033-06-29", 30))
            .matches(OWN_INITIATIVE_BEFORE)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 20_000L),
        given("CESP_10 un zonage de l'ARS ne change pas la règle des documents de référence",
            rupture(RuptureReason.OWN_INITIATIVE, "2031-03-15", 4, true))
            .matches(OWN_INITIATIVE_BEFORE)
            .gives("reimbursementCents", 442_752L, "penaltyCents", 560_000L),
        // row 3: own initiative on the diploma day or after it: net sums + the fixed 20,000 EUR
        given("CESP_10 initiative du bénéficiaire le jour du diplôme : la somme fixe",
            rupture(RuptureReason.OWN_INITIATIVE, "2033-06-30", 30))
            .matches(OWN_INITIATIVE_AFTER)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 2_000_000L, "rule", "CESP_10"),
        // row 4: struck off before the diploma (01/06/2033 → 30/06/2033: one month started)
        given("CESP_10 radiation avant le diplôme : un mois commencé restant",
            rupture(RuptureReason.STRUCK_OFF, "2033-06-01", 30))
            .matches(STRUCK_OFF_BEFORE)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 20_000L, "rule", "CESP_10"),
        given("CESP_10 radiation avant tout versement : seulement la pénalité",
            rupture(RuptureReason.STRUCK_OFF, "2032-12-31", 0))
            .matches(STRUCK_OFF_BEFORE)
            .gives("reimbursementCents", 0L, "penaltyCents", 120_000L),
        // row 5: struck off after the diploma
        given("CESP_10 radiation après le diplôme : la somme fixe", rupture(RuptureReason.STRUCK_OFF, "2034-01-10", 30))
            .matches(STRUCK_OFF_AFTER)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 2_000_000L, "rule", "CESP_10"));
  }
}
