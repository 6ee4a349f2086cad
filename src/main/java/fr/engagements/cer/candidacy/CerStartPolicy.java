package fr.engagements.cer.candidacy;

import java.util.Set;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.StartPolicy;
import org.springframework.stereotype.Component;

/** Clients start a candidacy with the contract's start variables only. */
@Component
class CerStartPolicy implements StartPolicy {

  @Override
  public String processKey() {
    return CerCandidacyProcess.KEY;
  }

  @Override
  public Set<String> startVariables() {
    return CandidacyStartRules.START_VARIABLES;
  }
}
