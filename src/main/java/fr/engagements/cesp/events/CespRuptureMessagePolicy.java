package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.process.BaseMessagePolicy;
import org.springframework.stereotype.Component;

/** {@code CespRupture}: the contract ends early (CESP_10); sent for one contract (business key), with these variables only. */
@Component
class CespRuptureMessagePolicy extends BaseMessagePolicy {

  CespRuptureMessagePolicy() {
    super(MESSAGE_RUPTURE, RUPTURE_REASON, RUPTURE_DATE, ARS_REZONING);
  }
}
