package fr.engagements.cesp.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CespCampaignRepository extends JpaRepository<CespCampaign, Long> {

  Optional<CespCampaign> findByYearAndUfr(int year, String ufr);

  List<CespCampaign> findByYearOrderByUfr(int year);

  /** The campaign row, locked until the transaction ends: serialises numbering, offers and answers. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CespCampaign c where c.year = :year and c.ufr = :ufr")
  Optional<CespCampaign> lock(@Param("year") int year, @Param("ufr") String ufr);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CespCampaign c where c.id = :id")
  Optional<CespCampaign> lockById(@Param("id") Long id);
}
