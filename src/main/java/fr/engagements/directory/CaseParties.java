package fr.engagements.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.process.Grants;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institutions each case names, by role (case_party): set by the steps that name them (the CER project, the
 * CESP application and region change), read by task scoping, {@link fr.engagements.casefile.CaseAccess} and boards.
 */
@Service
public class CaseParties {

  private final CasePartyRepository parties;
  private final CaseJournal journal;
  private final Clock clock;

  CaseParties(CasePartyRepository parties, CaseJournal journal, Clock clock) {
    this.parties = parties;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * From a step of the case: names the party and lets its group read the process instance (the ARS of a CESP
   * contract also sends its events: suspension, region change…), in the step's transaction.
   */
  public void name(DelegateTask task, PartyRole role, Institution institution) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    boolean changed = name(businessKey, role, institution);
    if (changed) {
      String group = role.agentRole().groupOf(institution.getCode());
      boolean sendsEvents = role.agentRole() == AgentRole.ARS_AGENT && businessKey.startsWith("CESP-");
      Permission[] rights = sendsEvents
          ? new Permission[] {ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE}
          : new Permission[] {ProcessInstancePermissions.READ};
      Grants.toGroup(task.getProcessEngineServices(), group, Resources.PROCESS_INSTANCE, task.getProcessInstanceId(), rights);
    }
  }

  /** Names {@code institution} as the case's party in {@code role}, replacing an earlier one (the journal says so). */
  @Transactional
  public boolean name(String businessKey, PartyRole role, Institution institution) {
    Optional<CaseParty> existing = parties.findById(new CaseParty.Key(businessKey, role));
    if (existing.isPresent()) {
      if (existing.get().getInstitution().getId().equals(institution.getId())) {
        return false;
      }
      journal.record(businessKey, "PARTY_CHANGED", capitalize(role.label()) + " : " + existing.get().getInstitution().getName()
          + " remplacé(e) par " + institution.getName() + ".");
      existing.get().moveTo(institution);
      parties.save(existing.get());
      return true;
    }
    parties.save(new CaseParty(businessKey, role, institution, Instant.now(clock)));
    return true;
  }

  public Optional<CaseParty> of(String businessKey, PartyRole role) {
    return parties.findById(new CaseParty.Key(businessKey, role));
  }

  public List<CaseParty> of(String businessKey) {
    return parties.findByBusinessKey(businessKey);
  }

  /** Whether one of these groups acts for one of the case's parties. */
  public boolean takesPart(String businessKey, Collection<String> groups) {
    return !groups.isEmpty() && parties.existsByBusinessKeyAndGroupIdIn(businessKey, groups);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
