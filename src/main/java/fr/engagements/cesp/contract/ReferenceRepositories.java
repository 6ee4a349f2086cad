package fr.engagements.cesp.contract;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Regions extends JpaRepository<Region, String> {
}

interface Places extends JpaRepository<PracticePlace, String> {
  List<PracticePlace> findByRegionAndActiveTrueOrderByCode(String region);
}
