package fr.engagements.cesp.contract;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Regions extends JpaRepository<Region, String> {
}

interface Places extends JpaRepository<PracticePlace, String> {
  List<PracticePlace> findByRegionAndActiveTrueOrderByCode(String region);
}

interface ResidencyPosts extends JpaRepository<ResidencyPost, String> {
  List<ResidencyPost> findByRoundYearOrderByCode(int roundYear);

  /** The post row locked until the transaction ends: two beneficiaries never take its last place. */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select p from ResidencyPost p where p.code = :code")
  java.util.Optional<ResidencyPost> lock(@org.springframework.data.repository.query.Param("code") String code);
}

interface PostChoices extends JpaRepository<PostChoice, String> {
  List<PostChoice> findByRoundYearOrderByNationalRank(int roundYear);
}
