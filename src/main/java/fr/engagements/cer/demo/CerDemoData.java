package fr.engagements.cer.demo;

import static fr.engagements.casefile.Groups.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.cer.jury.JuryRole;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.identity.DemoContribution;
import fr.engagements.identity.DemoUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CER part of the demo profile (process-contract.md, "The demo profile"): its users, open CER campaigns
 * for this year and the next with a valid jury session each. Idempotent; never created outside the demo
 * profile. Tests set up their campaigns with {@link #ensureCerCampaign} and {@link #renewCerCampaign}.
 */
@Component
@Order(1)
public class CerDemoData implements DemoContribution {

  /** Demo users of the CER: password = id. */
  public static final List<DemoUser> USERS = List.of(
      new DemoUser("etudiant", "Camille", "Dupont", List.of(CER_APPLICANTS)),
      new DemoUser("etudiant2", "Léa", "Martin", List.of(CER_APPLICANTS)),
      new DemoUser("secretariat", "Sophie", "Bernard", List.of(CER_SECRETARIAT)),
      new DemoUser("jury1", "Paul", "Durand", List.of(CER_JURY)),
      new DemoUser("jury2", "Claire", "Petit", List.of(CER_JURY)),
      new DemoUser("jury3", "Marc", "Leroy", List.of(CER_JURY)),
      new DemoUser("jury4", "Anne", "Moreau", List.of(CER_JURY)),
      new DemoUser("jury5", "Jean", "Fournier", List.of(CER_JURY)),
      new DemoUser("jury6", "Sarah", "Mercier", List.of(CER_JURY)),
      new DemoUser("observateur", "Hugo", "Girard", List.of(CER_JURY_OBSERVERS)),
      new DemoUser("directeur", "Isabelle", "Lambert", List.of(LAB_DIRECTORS)),
      new DemoUser("chefservice", "Thomas", "Bonnet", List.of(HEADS_OF_DEPARTMENT)),
      new DemoUser("coordonnateur", "Nathalie", "Rousseau", List.of(DES_COORDINATORS)),
      new DemoUser("doyen", "Philippe", "Blanc", List.of(DEANS)),
      new DemoUser("ars", "Julie", "Garnier", List.of(ARS)));

  /**
   * Seats of the demo jury sessions (CER_P6): six voting members and one observer. The EPST seat has two
   * holders, so that one recusal (conflict of interest) there leaves a session that can still decide.
   */
  public record Seat(String userId, JuryRole role, String detail, String college) {

    Seat(String userId, JuryRole role, String detail) {
      this(userId, role, detail, null);
    }
  }

  public static final List<Seat> JURY = List.of(
      new Seat("jury1", JuryRole.EPST_SCIENTIST, "Inserm"),
      new Seat("jury2", JuryRole.MED_SCI_NETWORK, "Réseau national médecine-sciences"),
      new Seat("jury3", JuryRole.HOSPITAL_PRACTITIONER, "PU-PH"),
      // the rapporteur of the college of the demo's specialties (cardiology, neurology, dermatology: CER_P6)
      new Seat("jury4", JuryRole.COLLEGE_RAPPORTEUR, "Collège des disciplines médicales", "MEDICAL"),
      new Seat("jury5", JuryRole.DEANS_CONFERENCE, "Conférence des doyens"),
      new Seat("jury6", JuryRole.EPST_SCIENTIST, "CNRS"),
      new Seat("observateur", JuryRole.STUDENT_OBSERVER, "AMPS"));

  /** The demo sessions' president (a hospital practitioner, PU-PH) and secretary (the national secretariat). */
  public static final String PRESIDENT = "jury3";
  public static final String SECRETARY = "secretariat";

  private final CerCampaignRepository campaigns;
  private final JurySessions sessions;
  private final Clock clock;

  CerDemoData(CerCampaignRepository campaigns, JurySessions sessions, Clock clock) {
    this.campaigns = campaigns;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public List<DemoUser> users() {
    return USERS;
  }

  /** CER campaigns of this year and the next, quota 10, with an entry and a post session each. */
  @Override
  @Transactional
  public void seedData() {
    int year = LocalDate.now(clock).getYear();
    for (int y = year; y <= year + 1; y++) {
      ensureCerCampaign(y, 10);
    }
  }

  /** A CER campaign with the demo calendar and valid jury sessions, unless it exists. */
  @Transactional
  public CerCampaign ensureCerCampaign(int year, int fundedQuota) {
    return campaigns.findById(year).orElseGet(() -> {
      CerCampaign campaign = campaigns.save(new CerCampaign(year, fundedQuota,
          LocalDate.of(year + 3, 3, 31), LocalDate.of(year + 3, 6, 15)));
      saveDemoSessions(year);
      return campaign;
    });
  }

  /**
   * A campaign of a year already used, set up again as {@link #ensureCerCampaign} would create it, with new
   * jury sessions (the latest session of a year sits); its candidacy numbering goes on. For environments that
   * run many campaigns, such as the test suite, which has only so many plausible years.
   */
  @Transactional
  public CerCampaign renewCerCampaign(int year, int fundedQuota) {
    CerCampaign campaign = campaigns.findById(year).orElse(null);
    if (campaign == null) {
      return ensureCerCampaign(year, fundedQuota);
    }
    campaign.renew(fundedQuota, LocalDate.of(year + 3, 3, 31), LocalDate.of(year + 3, 6, 15));
    sessions.retire(year);
    saveDemoSessions(year);
    return campaigns.save(campaign);
  }

  /** An entry session in November of the campaign year and a post session before the matching, 3 years later. */
  private void saveDemoSessions(int year) {
    sessions.plan(withDemoJury(new JurySession(year, JurySession.Kind.ENTRY, "Session d'entrée " + year,
        LocalDate.of(year, 11, 15))));
    sessions.plan(withDemoJury(new JurySession(year, JurySession.Kind.POST, "Session des postes " + (year + 3),
        LocalDate.of(year + 3, 5, 15))));
  }

  /** Another session of the demo jury for this campaign and kind (tests, or a second sitting in the demo). */
  @Transactional
  public JurySession planSession(int year, JurySession.Kind kind, String label, LocalDate date) {
    return sessions.plan(withDemoJury(new JurySession(year, kind, label, date)));
  }

  private static JurySession withDemoJury(JurySession session) {
    for (Seat seat : JURY) {
      session.addMember(seat.userId(), seat.role(), seat.detail(), seat.college());
    }
    return session.officers(PRESIDENT, SECRETARY);
  }
}
