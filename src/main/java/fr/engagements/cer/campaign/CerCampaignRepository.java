package fr.engagements.cer.campaign;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CerCampaignRepository extends JpaRepository<CerCampaign, Integer> {

  /** The campaign row, locked until the transaction ends: serialises quota and numbering decisions. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CerCampaign c where c.year = :year")
  Optional<CerCampaign> lockByYear(@Param("year") int year);
}
