package fr.engagements.cesp.contract;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member of the {@code ars} group acting for one region's ARS (CESP_9: home and target ARS). */
@Entity
@Table(name = "cesp_ars_agent")
@IdClass(ArsAgent.Key.class)
public class ArsAgent {

  /** The composite key (user, region). */
  public static class Key implements Serializable {
    private String userId;
    private String region;

    public Key() {
    }

    public Key(String userId, String region) {
      this.userId = userId;
      this.region = region;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(userId, k.userId) && java.util.Objects.equals(region, k.region);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(userId, region);
    }
  }

  @Id
  @Column(name = "user_id")
  private String userId;

  @Id
  @Column(name = "region_code")
  private String region;

  protected ArsAgent() {
  }

  public ArsAgent(String userId, String region) {
    this.userId = userId;
    this.region = region;
  }

  public String getUserId() {
    return userId;
  }

  public String getRegion() {
    return region;
  }
}
