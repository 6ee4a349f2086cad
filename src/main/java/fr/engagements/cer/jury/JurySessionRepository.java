package fr.engagements.cer.jury;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JurySessionRepository extends JpaRepository<JurySession, Long> {

  List<JurySession> findByCampaignYearAndKindOrderByIdDesc(int campaignYear, JurySession.Kind kind);

  /** The sessions of a campaign and kind still open to new agenda items, the earliest first. */
  List<JurySession> findByCampaignYearAndKindAndStatusOrderBySessionDateAscIdAsc(int campaignYear, JurySession.Kind kind,
      JurySession.Status status);

  List<JurySession> findByStatusNotOrderBySessionDateAsc(JurySession.Status status);

  /** Every session of a campaign with its members, in one statement (a board lists them all). */
  @Query("select distinct s from JurySession s left join fetch s.members where s.campaignYear = :year")
  List<JurySession> findWithMembersByCampaignYear(@Param("year") int campaignYear);
}
