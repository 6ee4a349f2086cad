package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.directory.Directory;
import fr.engagements.directory.Directory.Specialty;
import fr.engagements.directory.Directory.Subdivision;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.directory.PartyResolver;
import fr.engagements.directory.PartyRole;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * CER_P11: the project names its laboratory, host department and faculty (directory codes), its DES specialty and
 * subdivision — hence the regional DES coordination of that specialty there and the ARS of the subdivision's
 * region. Nothing before the project is filed.
 */
@Component
class CerPartyResolver implements PartyResolver {

  private final Directory directory;

  CerPartyResolver(Directory directory) {
    this.directory = directory;
  }

  @Override
  public boolean handles(String processKey) {
    return CerCandidacyProcess.KEY.equals(processKey);
  }

  @Override
  public Map<PartyRole, Institution> resolve(DelegateTask task) {
    Map<PartyRole, Institution> parties = new EnumMap<>(PartyRole.class);
    LABORATORY.find(task).flatMap(c -> directory.institution(InstitutionKind.LABORATORY, c))
        .ifPresent(i -> parties.put(PartyRole.LAB_DIRECTOR, i));
    HOST_DEPARTMENT.find(task).flatMap(c -> directory.institution(InstitutionKind.DEPARTMENT, c))
        .ifPresent(i -> parties.put(PartyRole.HEAD_OF_DEPARTMENT, i));
    FACULTY.find(task).flatMap(c -> directory.institution(InstitutionKind.FACULTY, c)).ifPresent(i -> parties.put(PartyRole.DEAN, i));
    Optional<Subdivision> subdivision = SUBDIVISION.find(task).flatMap(directory::subdivision);
    Optional<Specialty> specialty = SPECIALTY.find(task).flatMap(directory::specialty);
    if (subdivision.isPresent() && specialty.isPresent()) {
      parties.put(PartyRole.DES_COORDINATOR, directory.desCoordination(subdivision.get(), specialty.get()));
    }
    subdivision.flatMap(s -> directory.region(s.regionCode())).ifPresent(r -> parties.put(PartyRole.ARS, r));
    return parties;
  }
}
