package fr.engagements.allowance;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.LedgerEntry.Kind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LedgerRepository extends JpaRepository<LedgerEntry, Long> {

  boolean existsByContractRefAndKindAndPeriod(String contractRef, Kind kind, LocalDate period);

  List<LedgerEntry> findByContractRefOrderByPeriodAscIdAsc(String contractRef);

  List<LedgerEntry> findByContractRefInOrderByContractRefAscPeriodAscIdAsc(java.util.Collection<String> contractRefs);

  long countByContractRefAndKind(String contractRef, Kind kind);

  @Query("select coalesce(sum(e.grossCents), 0) from LedgerEntry e where e.contractRef = :ref and e.kind = :kind")
  long sumGross(@Param("ref") String contractRef, @Param("kind") Kind kind);

  @Query("select coalesce(sum(e.netCents), 0) from LedgerEntry e where e.contractRef = :ref and e.kind = :kind")
  long sumNet(@Param("ref") String contractRef, @Param("kind") Kind kind);
}
