package fr.engagements.cesp.application;

import java.util.Set;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.StartPolicy;
import org.springframework.stereotype.Component;

/** Clients start a CESP application with the contract's start variables only (CESP_4). */
@Component
class CespStartPolicy implements StartPolicy {

  @Override
  public String processKey() {
    return CespContractProcess.KEY;
  }

  @Override
  public Set<String> startVariables() {
    return CespStartRules.START_VARIABLES;
  }
}
