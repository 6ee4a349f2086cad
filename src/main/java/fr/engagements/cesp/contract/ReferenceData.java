package fr.engagements.cesp.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Regions, their ARS agents and the national list of practice places: data, read by the contract's steps. */
@Service
public class ReferenceData {

  private final Regions regions;
  private final Places places;
  private final Agents agents;

  ReferenceData(Regions regions, Places places, Agents agents) {
    this.regions = regions;
    this.places = places;
    this.agents = agents;
  }

  public Optional<Region> region(String code) {
    return code == null ? Optional.empty() : regions.findById(code);
  }

  public String regionLabel(String code) {
    return region(code).map(Region::getLabel).orElse(code);
  }

  public Optional<PracticePlace> place(String code) {
    return code == null ? Optional.empty() : places.findById(code);
  }

  public List<PracticePlace> placesIn(String region) {
    return places.findByRegionAndActiveTrueOrderByCode(region);
  }

  public boolean isArsAgentOf(String userId, String region) {
    return userId != null && agents.existsByUserIdAndRegion(userId, region);
  }

  /** Makes a user an agent of a region's ARS (demo data and tests). */
  public void ensureArsAgent(String userId, String region) {
    if (!agents.existsByUserIdAndRegion(userId, region)) {
      agents.save(new ArsAgent(userId, region));
    }
  }
}
