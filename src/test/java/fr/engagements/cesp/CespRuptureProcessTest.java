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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CESP_10: a rupture ends the contract and records what is owed, decided by cesp-rupture-penalty. The contract
 * starts in October 2030, the diploma is expected on 30 June 2031; the allowance is paid on the 1st of each month.
 */
class CespRuptureProcessTest extends CespProcessTestSupport {

  @ParameterizedTest(name = "{0} le {1}: {2} mois perçus, remboursés : {3}, pénalité {4} centimes")
  @CsvSource({
      // before the diploma: Oct–Jan paid (4 months); 15/01 → 30/06: 6 months started, 6 × 20,000
      "OWN_INITIATIVE, 2031-01-15, 4, true, 120000",
      "STRUCK_OFF,     2031-01-15, 4, true, 120000",
      "INCAPACITY,     2031-01-15, 4, false, 0",
      // after the diploma (not yet recorded, so July was paid too): Oct–Jul, 10 months; fixed 20,000 EUR
      "OWN_INITIATIVE, 2031-07-15, 10, true, 2000000",
      "STRUCK_OFF,     2031-07-15, 10, true, 2000000",
      "INCAPACITY,     2031-07-15, 10, false, 0",
  })
  void CESP_10_aRuptureEndsTheContractWithTheAmountOwedToTheCent(String reason, String ruptureDate, int monthsPaid,
      boolean reimbursed, long penalty) {
    long netReceived = allowance().net(LocalDate.of(YEAR, 10, 1), monthsPaid);
    long due = (reimbursed ? netReceived : 0) + penalty;
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
    assertThat(variable(pi, NET_RECEIVED_CENTS.name())).isEqualTo(netReceived);
    assertThat(variable(pi, ALLOWANCE_PAID_CENTS.name())).isEqualTo(allowance().gross(LocalDate.of(YEAR, 10, 1), monthsPaid));
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
    completeAs("ufr", fr.engagements.casefile.Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES,
        withVariables(DIPLOMA_DATE.name(), (YEAR + 1) + "-05-20"));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(businessKey(pi))
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), (YEAR + 1) + "-06-01").correlate();
    // Oct–May: 8 months; the diploma (20 May) precedes the rupture although 30 June was expected
    assertThat(variable(pi, REIMBURSEMENT_DUE_CENTS.name())).isEqualTo(allowance().net(LocalDate.of(YEAR, 10, 1), 8) + 2_000_000L);
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
