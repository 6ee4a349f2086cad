package fr.engagements.cesp.events;

import static fr.engagements.support.DecisionTableTest.TableCase.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.support.DecisionTableTest;

/**
 * {@code cesp-rupture-penalty-2020} (CESP_10 as the arrêté of 26 May 2020 sets it, chosen by the rupture step's
 * {@code decisionKey}; hit policy FIRST), row by row and to the cent, with the inputs {@link RupturePenalty}
 * gives it. Rows overlap: death or incapacity comes before an ARS rezoning, which comes before the penalties.
 */
class CespRupturePenalty2020TableTest extends DecisionTableTest {

  static final String INCAPACITY = "cesp-rupture-penalty-2020-rule1";
  static final String ARS_REZONING = "cesp-rupture-penalty-2020-rule2";
  static final String BEFORE_DES = "cesp-rupture-penalty-2020-rule3";
  static final String AFTER_DES = "cesp-rupture-penalty-2020-rule4";

  private static final LocalDate DIPLOMA = LocalDate.of(2033, 6, 30);
  private static final long NET_MONTH = 110_688L;

  @Override
  protected String resource() {
    return "processes/cesp-rupture-penalty-2020.dmn";
  }

  @Override
  protected String decisionKey() {
    return RupturePenalty.DECISION_2020;
  }

  /** The facts of a rupture on {@code date} after {@code months} months of allowance received. */
  private static Map<String, Object> rupture(RuptureReason reason, String date, long months, boolean arsRezoning) {
    return new RupturePenalty.Facts(reason, LocalDate.parse(date), DIPLOMA, arsRezoning, months * NET_MONTH, months)
        .asDecisionVariables();
  }

  @Override
  public List<TableCase> cases() {
    return List.of(
        // row 1: death or total incapacity owes nothing
        given("Arrêté 2020 incapacité avant le DES : rien n'est dû", rupture(RuptureReason.INCAPACITY, "2031-03-15", 4, false))
            .matches(INCAPACITY)
            .gives("reimbursementCents", 0L, "penaltyCents", 0L, "rule", "ARRETE_2020"),
        given("FIRST : incapacité et zonage de l'ARS : l'incapacité l'emporte, rien n'est dû",
            rupture(RuptureReason.INCAPACITY, "2034-01-10", 30, true))
            .matches(INCAPACITY, ARS_REZONING)
            .gives("reimbursementCents", 0L, "penaltyCents", 0L, "rule", "ARRETE_2020"),
        // row 2: an ARS rezoning that voids the project: net sums, no penalty
        given("FIRST : zonage de l'ARS avant le DES : remboursement sans pénalité",
            rupture(RuptureReason.OWN_INITIATIVE, "2031-03-15", 4, true))
            .matches(ARS_REZONING, BEFORE_DES)
            .gives("reimbursementCents", 442_752L, "penaltyCents", 0L, "rule", "ARRETE_2020"),
        given("FIRST : radiation et zonage de l'ARS après le DES : remboursement sans pénalité",
            rupture(RuptureReason.STRUCK_OFF, "2034-01-10", 30, true))
            .matches(ARS_REZONING, AFTER_DES)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 0L),
        // row 3: before the DES: net sums + 200 EUR per month received, at least 2,000 EUR
        given("Arrêté 2020 avant le DES, 4 mois perçus : le minimum de 2 000 €",
            rupture(RuptureReason.OWN_INITIATIVE, "2031-03-15", 4, false))
            .matches(BEFORE_DES)
            .gives("reimbursementCents", 442_752L, "penaltyCents", 200_000L, "rule", "ARRETE_2020"),
        given("Arrêté 2020 avant le DES, 10 mois perçus : 200 € par mois, égal au minimum",
            rupture(RuptureReason.OWN_INITIATIVE, "2032-01-15", 10, false))
            .matches(BEFORE_DES)
            .gives("reimbursementCents", 1_106_880L, "penaltyCents", 200_000L),
        given("Arrêté 2020 radiation avant le DES, 30 mois perçus : 200 € par mois",
            rupture(RuptureReason.STRUCK_OFF, "2033-01-15", 30, false))
            .matches(BEFORE_DES)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 600_000L),
        given("Arrêté 2020 avant tout versement : le minimum seul",
            rupture(RuptureReason.STRUCK_OFF, "2030-10-15", 0, false))
            .matches(BEFORE_DES)
            .gives("reimbursementCents", 0L, "penaltyCents", 200_000L),
        // row 4: on the day of the DES or after it: net sums + the fixed 20,000 EUR
        given("Arrêté 2020 le jour du DES : la somme fixe", rupture(RuptureReason.OWN_INITIATIVE, "2033-06-30", 30, false))
            .matches(AFTER_DES)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 2_000_000L, "rule", "ARRETE_2020"),
        given("Arrêté 2020 radiation après le DES : la somme fixe", rupture(RuptureReason.STRUCK_OFF, "2033-07-01", 30, false))
            .matches(AFTER_DES)
            .gives("reimbursementCents", 3_320_640L, "penaltyCents", 2_000_000L));
  }
}
