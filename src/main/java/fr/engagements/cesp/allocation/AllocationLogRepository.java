package fr.engagements.cesp.allocation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationLogRepository extends JpaRepository<AllocationLogEntry, Long> {

  List<AllocationLogEntry> findByCampaignIdOrderByIdAsc(Long campaignId);
}
