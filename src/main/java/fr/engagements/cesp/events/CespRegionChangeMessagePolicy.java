package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.process.BaseMessagePolicy;
import org.springframework.stereotype.Component;

/** {@code CespRegionChange}: a change of region, to be approved by both ARS (CESP_9). */
@Component
class CespRegionChangeMessagePolicy extends BaseMessagePolicy {

  CespRegionChangeMessagePolicy() {
    super(MESSAGE_REGION_CHANGE, TARGET_REGION);
  }
}
