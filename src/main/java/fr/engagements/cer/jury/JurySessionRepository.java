package fr.engagements.cer.jury;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JurySessionRepository extends JpaRepository<JurySession, Long> {

  List<JurySession> findByCampaignYearAndKindOrderByIdDesc(int campaignYear, JurySession.Kind kind);
}
