package fr.engagements.cer.jury;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JuryDeclarationRepository extends JpaRepository<JuryDeclaration, Long> {

  List<JuryDeclaration> findByProcessInstanceIdOrderById(String processInstanceId);

  List<JuryDeclaration> findByBusinessKeyOrderById(String businessKey);

  List<JuryDeclaration> findByTaskIdOrderById(String taskId);

  List<JuryDeclaration> findBySessionIdAndStatusNot(Long sessionId, JuryDeclaration.Status status);

  Optional<JuryDeclaration> findByTaskIdAndUserId(String taskId, String userId);

  List<JuryDeclaration> findBySessionIdOrderById(Long sessionId);

  List<JuryDeclaration> findBySessionIdAndUserIdOrderById(Long sessionId, String userId);

  Optional<JuryDeclaration> findByItemIdAndUserId(Long itemId, String userId);

  List<JuryDeclaration> findByBusinessKeyAndUserIdOrderById(String businessKey, String userId);
}
