package fr.engagements.cesp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.cesp.events.RupturePenalty.Facts;
import fr.engagements.cesp.events.RupturePenalty.Result;
import fr.engagements.support.EngineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@link RupturePenalty} adds to its tables (whose rows {@link CespRupturePenaltyTableTest} and
 * {@link CespRupturePenalty2020TableTest} prove): how the remaining months are counted, and that the 2020 table
 * a designer may name in the model is deployed and read by the application (the default table is read by
 * {@code CespRuptureProcessTest}).
 */
@EngineTest
class RupturePenaltyTest {

  @Autowired
  RupturePenalty penalty;

  @Test
  void CESP_10_everyMonthStartedBeforeTheDiplomaCounts() {
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 6, 30))).isEqualTo(4);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 6, 15))).isEqualTo(3);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 6, 29), LocalDate.of(2031, 6, 30))).isEqualTo(1);
    assertThat(RupturePenalty.remainingMonths(LocalDate.of(2031, 3, 15), LocalDate.of(2033, 6, 30))).isEqualTo(28);
  }

  @Test
  void CESP_10_theDeployed2020TableDecidesWhenTheStepNamesIt() {
    Facts facts = new Facts(RuptureReason.STRUCK_OFF, LocalDate.of(2033, 1, 15), LocalDate.of(2033, 6, 30), false, 3_320_640L, 30);

    Result result = penalty.decide(RupturePenalty.DECISION_2020, facts);

    assertThat(result.reimbursementCents()).isEqualTo(3_320_640L);
    assertThat(result.penaltyCents()).isEqualTo(600_000L);
    assertThat(result.dueCents()).isEqualTo(3_920_640L);
    assertThat(result.rule()).isEqualTo("ARRETE_2020");
    assertThat(result.explanation()).contains("200 € par mois d'allocation perçu");
    assertThat(result.decidedBy()).matches("cesp-rupture-penalty-2020 v\\d+");
  }
}
