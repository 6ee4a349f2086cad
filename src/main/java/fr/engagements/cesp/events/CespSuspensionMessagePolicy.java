package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.process.BaseMessagePolicy;
import org.springframework.stereotype.Component;

/** {@code CespSuspension}: the allowance and the commitment clock stop (CESP_10); reason and evidence are transient. */
@Component
class CespSuspensionMessagePolicy extends BaseMessagePolicy {

  CespSuspensionMessagePolicy() {
    super(MESSAGE_SUSPENSION, SUSPENSION_REASON, SUSPENSION_DATE, HEALTH_EVIDENCE);
  }
}
