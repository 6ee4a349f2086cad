package fr.engagements.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The directory's tables (bean names unique in the application: other packages have their own "agents"). */
interface InstitutionRepository extends JpaRepository<Institution, Long> {

  Optional<Institution> findByKindAndCode(InstitutionKind kind, String code);

  List<Institution> findByKindOrderByName(InstitutionKind kind);
}

interface InstitutionAgentRepository extends JpaRepository<InstitutionAgent, Long> {

  List<InstitutionAgent> findByInstitutionAndRoleOrderById(Institution institution, AgentRole role);

  List<InstitutionAgent> findByInstitutionOrderById(Institution institution);

  List<InstitutionAgent> findByUserIdOrderById(String userId);

  List<InstitutionAgent> findByUserIdAndRole(String userId, AgentRole role);

  Optional<InstitutionAgent> findByInstitutionAndRoleAndUserId(Institution institution, AgentRole role, String userId);
}

interface CasePartyRepository extends JpaRepository<CaseParty, CaseParty.Key> {

  List<CaseParty> findByBusinessKey(String businessKey);

  List<CaseParty> findByGroupId(String groupId);

  boolean existsByBusinessKeyAndGroupIdIn(String businessKey, Collection<String> groupIds);
}

interface DirectoryAuditRepository extends JpaRepository<DirectoryAudit, Long> {

  List<DirectoryAudit> findTop200ByOrderByIdDesc();
}
