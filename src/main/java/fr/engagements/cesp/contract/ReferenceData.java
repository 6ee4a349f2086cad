package fr.engagements.cesp.contract;

import java.util.List;
import java.util.Optional;

import fr.engagements.directory.AgentRole;
import fr.engagements.directory.Directory;
import org.springframework.stereotype.Service;

/** Regions, their ARS agents and the national list of practice places: data, read by the contract's steps. */
@Service
public class ReferenceData {

  private final Regions regions;
  private final Places places;
  private final Directory directory;

  ReferenceData(Regions regions, Places places, Directory directory) {
    this.regions = regions;
    this.places = places;
    this.directory = directory;
  }

  public Optional<Region> region(String code) {
    return code == null ? Optional.empty() : regions.findById(code);
  }

  public String regionLabel(String code) {
    return region(code).map(Region::getLabel).orElse(code);
  }

  /** CESP_2: the payer code of a region, CNG by default. */
  public String payerOf(String region) {
    return region(region).map(Region::getPayer).orElse(Payer.CNG);
  }

  /** CESP_2: the payer named for letters and e-mails: « le CNG » or « l'ARS Île-de-France ». */
  public String payerName(String payer, String region) {
    return Payer.ARS.equals(payer) ? "l’ARS " + regionLabel(region) : "le Centre national de gestion (CNG)";
  }

  /** The payer codes. */
  public static final class Payer {
    public static final String CNG = "CNG";
    public static final String ARS = "ARS";

    private Payer() {
    }
  }

  public Optional<PracticePlace> place(String code) {
    return code == null ? Optional.empty() : places.findById(code);
  }

  public List<PracticePlace> placesIn(String region) {
    return places.findByRegionAndActiveTrueOrderByCode(region);
  }

  /** Whether the user acts for this region's ARS (the directory: one model of agents for both contracts). */
  public boolean isArsAgentOf(String userId, String region) {
    return userId != null && directory.region(region)
        .map(r -> directory.agents(r, AgentRole.ARS_AGENT).stream().anyMatch(a -> a.getUserId().equals(userId))).orElse(false);
  }

  /** Makes a user an agent of a region's ARS (demo data and tests). */
  public void ensureArsAgent(String userId, String region) {
    directory.addAgent(directory.region(region).orElseThrow(), AgentRole.ARS_AGENT, userId, false, null);
  }
}
