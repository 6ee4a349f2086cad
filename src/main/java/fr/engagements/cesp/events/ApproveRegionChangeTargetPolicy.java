package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.contract.ArsCheck;
import fr.engagements.cesp.contract.ReferenceData;
import org.springframework.stereotype.Component;

/** {@code approveRegionChangeTarget}: the ARS of the region the contract would join (CESP_9). */
@Component
class ApproveRegionChangeTargetPolicy extends RegionApprovalPolicy {

  ApproveRegionChangeTargetPolicy(ArsCheck ars, ReferenceData reference) {
    super(ars, reference, Tasks.APPROVE_REGION_CHANGE_TARGET, TARGET_ARS_APPROVED, TARGET_ARS_COMMENT, TARGET_REGION::get,
        "cible");
  }
}
