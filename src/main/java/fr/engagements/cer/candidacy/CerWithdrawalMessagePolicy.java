package fr.engagements.cer.candidacy;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.BaseMessagePolicy;
import org.springframework.stereotype.Component;

/** {@code CerWithdrawal}: sent for one candidacy (business key), carries nothing. */
@Component
class CerWithdrawalMessagePolicy extends BaseMessagePolicy {

  CerWithdrawalMessagePolicy() {
    super(CerCandidacyProcess.MESSAGE_WITHDRAWAL);
  }
}
