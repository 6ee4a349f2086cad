package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.cesp.events.RupturePenalty;
import fr.engagements.cesp.events.RupturePenalty.Facts;
import fr.engagements.cesp.events.RupturePenalty.Result;
import fr.engagements.support.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** CESP_10: every row of the rupture tables, the seeds' rule (default) and the arrêté of 26 May 2020, to the cent. */
@EngineTest
class CespRupturePenaltyTableTest {

  private static final LocalDate DIPLOMA = LocalDate.of(2033, 6, 30);

  @Autowired
  RupturePenalty penalty;

  private static Facts facts(String reason, String ruptureDate, boolean rezoning, long net, long months) {
    return new Facts(RuptureReason.valueOf(reason), LocalDate.parse(ruptureDate), DIPLOMA, rezoning, net, months);
  }

  @ParameterizedTest(name = "cesp-rupture-penalty: {0} le {1} → {3} + {4}")
  @CsvSource({
      // reason, rupture date, net received, expected reimbursement, expected penalty, rule row
      "INCAPACITY,     2031-03-15, 442752,  0,      0",        // row 1: incapacity owes nothing, before…
      "INCAPACITY,     2034-01-10, 3320640, 0,      0",        // …or after the diploma
      "OWN_INITIATIVE, 2031-03-15, 442752,  442752, 560000",   // row 2: 15/03/2031 → 30/06/2033: 28 months started
      "OWN_INITIATIVE, 2033-06-30, 3320640, 3320640, 2000000", // row 3: on the diploma day, the fixed sum
      "STRUCK_OFF,     2033-06-01, 3320640, 3320640, 20000",   // row 4: one month started before the diploma
      "STRUCK_OFF,     2034-01-10, 3320640, 3320640, 2000000", // row 5: after the diploma
  })
  void CESP_10_seedRuleEveryRow(String reason, String date, long net, long reimbursement, long penaltyCents) {
    Result result = penalty.decide(RupturePenalty.DEFAULT_DECISION, facts(reason, date, false, net, net / 110_688));
    assertThat(result.reimbursementCents()).isEqualTo(reimbursement);
    assertThat(result.penaltyCents()).isEqualTo(penaltyCents);
    assertThat(result.dueCents()).isEqualTo(reimbursement + penaltyCents);
    assertThat(result.rule()).isEqualTo("CESP_10");
    assertThat(result.decidedBy()).matches("cesp-rupture-penalty v\\d+");
  }

  @ParameterizedTest(name = "cesp-rupture-penalty-2020: {0} le {1}, zonage {2} → {5} + {6}")
  @CsvSource({
      // reason, rupture date, rezoning, net received, months received, expected reimbursement, expected penalty
      "INCAPACITY,     2031-03-15, true,  442752,  4,  0,       0",        // row 1: death or total incapacity
      "OWN_INITIATIVE, 2031-03-15, true,  442752,  4,  442752,  0",        // row 2: ARS rezoning: no penalty
      "OWN_INITIATIVE, 2031-03-15, false, 442752,  4,  442752,  200000",   // row 3: 4 months × 200 € < minimum 2,000 €
      "STRUCK_OFF,     2033-01-15, false, 3320640, 30, 3320640, 600000",   // row 3: 30 months × 200 €
      "STRUCK_OFF,     2033-07-01, false, 3320640, 30, 3320640, 2000000",  // row 4: after the DES
  })
  void CESP_10_arrete2020EveryRow(String reason, String date, boolean rezoning, long net, long months, long reimbursement,
      long penaltyCents) {
    Result result = penalty.decide(RupturePenalty.DECISION_2020, facts(reason, date, rezoning, net, months));
    assertThat(result.reimbursementCents()).isEqualTo(reimbursement);
    assertThat(result.penaltyCents()).isEqualTo(penaltyCents);
    assertThat(result.rule()).isEqualTo("ARRETE_2020");
    assertThat(result.decidedBy()).matches("cesp-rupture-penalty-2020 v\\d+");
  }

  @Test
  void CESP_10_everyMonthStartedBeforeTheDiplomaCounts() {
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 6, 30))).isEqualTo(4);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 6, 15))).isEqualTo(3);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 6, 29), LocalDate.of(2031, 6, 30))).isEqualTo(1);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2033, 6, 30))).isEqualTo(28);
  }
}
