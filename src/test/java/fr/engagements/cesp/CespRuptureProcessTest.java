package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.allowance.LedgerEntry.Kind;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * CESP_10: a rupture ends the contract and records what is owed, decided by cesp-rupture-penalty. The contract
 * starts in October 2030, the diploma is expected on 30 June 2031; the allowance is paid on the 1st of each month.
 */
class CespRuptureProcessTest extends CespProcessTestSupport {

  private static final long NET = 110_688L;

  @ParameterizedTest(name = "{0} le {1}: {2} mois perçus → {3} centimes")
  @CsvSource({
      // before the diploma: Oct–Jan paid (4 months); 15/01 → 30/06: 6 months started
      "OWN_INITIATIVE, 2031-01-15, 4, 562752",   // 4 × 110,688 + 6 × 20,000
      "STRUCK_OFF,     2031-01-15, 4, 562752",
      "INCAPACITY,     2031-01-15, 4, 0",
      // after the diploma (not yet recorded, so July was paid too): Oct–Jul, 10 months; fixed 20,000 EUR
      "OWN_INITIATIVE, 2031-07-15, 10, 3106880", // 10 × 110,688 + 2,000,000
      "STRUCK_OFF,     2031-07-15, 10, 3106880",
      "INCAPACITY,     2031-07-15, 10, 0",
  })
  void CESP_10_aRuptureEndsTheContractWithTheAmountOwedToTheCent(String reason, String ruptureDate, int monthsPaid, long due) {
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    LocalDate rupture = LocalDate.parse(ruptureDate);
    monthByMonth(LocalDate.of(YEAR, 11, 1), rupture, pi);
    today(rupture);

    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(key)
        .setVariable(RUPTURE_REASON.name(), reason).setVariable(RUPTURE_DATE.name(), ruptureDate).correlate();

    assertThat(pi).isEnded().hasPassed(Elements.COMPUTE_RUPTURE, "endRuptured");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("RUPTURED");
    assertThat(variable(pi, REIMBURSEMENT_DUE_CENTS.name())).isEqualTo(due);
    assertThat(variable(pi, NET_RECEIVED_CENTS.name())).isEqualTo(monthsPaid * NET);
    assertThat(variable(pi, ALLOWANCE_PAID_CENTS.name())).isEqualTo(monthsPaid * 120_000L);
    assertThat((String) variable(pi, RUPTURE_DECIDED_BY.name())).matches("cesp-rupture-penalty v\\d+");
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(monthsPaid);
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == Kind.REIMBURSEMENT_DUE)
        .extracting(LedgerEntry::getNetCents).containsExactlyElementsOf(due == 0 ? java.util.List.of() : java.util.List.of(due));
    // no payment after the rupture
    today(rupture.plusMonths(1).withDayOfMonth(1));
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void CESP_10_aRuptureAfterTheRecordedDiplomaOwesTheFixedSum() {
    ProcessInstance pi = contractInForce()[0];
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 5, 1), pi);
    today(LocalDate.of(YEAR + 1, 5, 20));
    completeAs("ufr", fr.engagements.identity.Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES,
        withVariables(DIPLOMA_DATE.name(), (YEAR + 1) + "-05-20"));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(businessKey(pi))
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), (YEAR + 1) + "-06-01").correlate();
    // Oct–May: 8 months; the diploma (20 May) precedes the rupture although 30 June was expected
    assertThat(variable(pi, REIMBURSEMENT_DUE_CENTS.name())).isEqualTo(8 * NET + 2_000_000L);
    assertThat(variable(pi, REMAINING_MONTHS.name())).isEqualTo(0);
  }

  @Test
  void CESP_10_aRuptureWithABadReasonIsRefusedAndChangesNothing() {
    ProcessInstance pi = contractInForce()[0];
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(businessKey(pi))
        .setVariable(RUPTURE_REASON.name(), "BOREDOM").setVariable(RUPTURE_DATE.name(), "2031-01-15").correlate())
        .hasMessageContaining("ruptureReason");
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES);
  }
}
