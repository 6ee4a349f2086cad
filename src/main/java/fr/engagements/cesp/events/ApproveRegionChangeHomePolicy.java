package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.contract.ArsCheck;
import fr.engagements.cesp.contract.ReferenceData;
import org.springframework.stereotype.Component;

/** {@code approveRegionChangeHome}: the ARS of the region the contract leaves (CESP_9). */
@Component
class ApproveRegionChangeHomePolicy extends RegionApprovalPolicy {

  ApproveRegionChangeHomePolicy(ArsCheck ars, ReferenceData reference) {
    super(ars, reference, Tasks.APPROVE_REGION_CHANGE_HOME, HOME_ARS_APPROVED, HOME_ARS_COMMENT,
        REGION_CHANGE_REQUESTED_FROM::get, "de rattachement");
  }
}
