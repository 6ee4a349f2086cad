package fr.engagements.cesp.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BankDetailsRepository extends JpaRepository<BankDetails, String> {
}

interface SuspensionRecordRepository extends JpaRepository<SuspensionRecord, Long> {

  List<SuspensionRecord> findByBusinessKeyOrderById(String businessKey);
}

interface RestrictedAccessRepository extends JpaRepository<RestrictedAccess, Long> {

  List<RestrictedAccess> findByBusinessKeyOrderById(String businessKey);
}
