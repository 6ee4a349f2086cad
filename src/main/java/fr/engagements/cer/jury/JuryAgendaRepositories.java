package fr.engagements.cer.jury;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JuryAgendaItemRepository extends JpaRepository<JuryAgendaItem, Long> {

  List<JuryAgendaItem> findBySessionIdOrderById(Long sessionId);

  List<JuryAgendaItem> findByBusinessKeyOrderById(String businessKey);

  List<JuryAgendaItem> findByProcessInstanceIdAndTaskKeyAndStatusIn(String processInstanceId, String taskKey,
      Collection<JuryAgendaItem.Status> statuses);

  Optional<JuryAgendaItem> findBySessionIdAndBusinessKeyAndTaskKey(Long sessionId, String businessKey, String taskKey);
}

interface JuryVoteRepository extends JpaRepository<JuryVote, Long> {

  List<JuryVote> findByItemIdOrderById(Long itemId);

  List<JuryVote> findByItemIdInOrderById(Collection<Long> itemIds);

  Optional<JuryVote> findByItemIdAndUserId(Long itemId, String userId);
}
