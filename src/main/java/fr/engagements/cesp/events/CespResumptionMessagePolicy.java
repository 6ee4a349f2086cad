package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.process.BaseMessagePolicy;
import org.springframework.stereotype.Component;

/** {@code CespResumption}: a suspended contract resumes. */
@Component
class CespResumptionMessagePolicy extends BaseMessagePolicy {

  CespResumptionMessagePolicy() {
    super(MESSAGE_RESUMPTION, RESUMPTION_DATE);
  }
}
