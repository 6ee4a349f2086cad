package fr.engagements.cer.jury;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JurySessionRepository extends JpaRepository<JurySession, Long> {

  List<JurySession> findByCampaignYearAndKindOrderByIdDesc(int campaignYear, JurySession.Kind kind);

  /** The sessions of a campaign and kind still open to new agenda items, the earliest first. */
  List<JurySession> findByCampaignYearAndKindAndStatusOrderBySessionDateAscIdAsc(int campaignYear, JurySession.Kind kind,
      JurySession.Status status);

  List<JurySession> findByStatusNotOrderBySessionDateAsc(JurySession.Status status);
}
