package fr.engagements.cer.jury;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.engagements.process.CaseInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Jury sessions and the composition rule (CER_P6): who may decide, and why a session cannot. */
@Service
public class JuryService {

  /** Seats that must each be held by at least one voting member. */
  static final Set<JuryRole> REQUIRED_SEATS = EnumSet.of(JuryRole.EPST_SCIENTIST, JuryRole.MED_SCI_NETWORK,
      JuryRole.HOSPITAL_PRACTITIONER, JuryRole.COLLEGE_RAPPORTEUR, JuryRole.DEANS_CONFERENCE);

  private final JurySessionRepository sessions;
  private final UniversityColleges colleges;

  JuryService(JurySessionRepository sessions, UniversityColleges colleges) {
    this.sessions = sessions;
    this.colleges = colleges;
  }

  /** A seat's college as the secretariat sends it: a known code, for a rapporteur only; else 400 in French. */
  public String checkedCollege(JuryRole role, String collegeCode) {
    if (collegeCode == null || collegeCode.isBlank()) {
      return null;
    }
    if (role != JuryRole.COLLEGE_RAPPORTEUR) {
      throw CaseInputException.badRequest("Seul un rapporteur de collège (COLLEGE_RAPPORTEUR) siège pour un collège universitaire"
          + " (college).");
    }
    if (colleges.label(collegeCode).isEmpty()) {
      throw CaseInputException.badRequest("Collège universitaire inconnu : « " + (collegeCode.length() > 40
          ? collegeCode.substring(0, 40) + "…" : collegeCode) + " » (" + String.join(", ", colleges.all().keySet()) + ").");
    }
    return collegeCode;
  }

  public Optional<String> collegeLabel(String collegeCode) {
    return colleges.label(collegeCode);
  }

  /** The campaign's current session of that kind (the latest created). */
  @Transactional(readOnly = true)
  public Optional<JurySession> sessionFor(int campaignYear, JurySession.Kind kind) {
    return sessions.findByCampaignYearAndKindOrderByIdDesc(campaignYear, kind).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<JurySession> session(Long id) {
    return id == null ? Optional.empty() : sessions.findById(id);
  }

  /** Why the session cannot decide (CER_P6), in French; empty when its composition is valid. */
  public List<String> compositionProblems(JurySession session) {
    return compositionProblems(session, Set.of());
  }

  /**
   * Why the session cannot decide on a candidacy (CER_P6) once the recused members are set aside: each
   * required seat needs a holder who is not recused. Empty when it can.
   */
  public List<String> compositionProblems(JurySession session, Set<String> recused) {
    return compositionProblems(session, recused, null);
  }

  /**
   * As above, for a candidacy concerning a university college ({@code collegeCode}, from its specialty; null when none):
   * the rapporteur of that college must also sit, not recused (CER_P6: « un rapporteur de chaque collège universitaire
   * concerné »).
   */
  public List<String> compositionProblems(JurySession session, Set<String> recused, String collegeCode) {
    List<String> problems = new ArrayList<>();
    for (JuryRole seat : REQUIRED_SEATS) {
      boolean held = session.getMembers().stream().anyMatch(m -> m.getRole() == seat && !recused.contains(m.getUserId()));
      if (!held) {
        List<String> recusedHolders = session.getMembers().stream()
            .filter(m -> m.getRole() == seat && recused.contains(m.getUserId())).map(JuryMember::getUserId).toList();
        problems.add("il manque un " + seat.label()
            + (recusedHolders.isEmpty() ? "" : " (" + String.join(", ", recusedHolders) + " récusé)"));
      }
    }
    if (collegeCode != null) {
      boolean held = session.getMembers().stream().anyMatch(m -> m.getRole() == JuryRole.COLLEGE_RAPPORTEUR
          && collegeCode.equals(m.getCollegeCode()) && !recused.contains(m.getUserId()));
      if (!held) {
        List<String> recusedHolders = session.getMembers().stream().filter(m -> m.getRole() == JuryRole.COLLEGE_RAPPORTEUR
            && collegeCode.equals(m.getCollegeCode()) && recused.contains(m.getUserId())).map(JuryMember::getUserId).toList();
        String college = colleges.label(collegeCode).orElse(collegeCode);
        problems.add("il manque le rapporteur du " + Character.toLowerCase(college.charAt(0)) + college.substring(1)
            + (recusedHolders.isEmpty() ? "" : " (" + String.join(", ", recusedHolders) + " récusé)"));
      }
    }
    return problems;
  }

  /**
   * Refuses a decision unless the session exists, its composition satisfies CER_P6 and, when a user is
   * known, that user holds a voting seat in it (observers never vote).
   */
  public JurySession checkCanDecide(Optional<JurySession> maybeSession, int campaignYear, String userId) {
    return checkCanDecide(maybeSession, campaignYear, userId, Set.of());
  }

  /** As above, for one candidacy: recused members neither count for CER_P6 nor decide. */
  public JurySession checkCanDecide(Optional<JurySession> maybeSession, int campaignYear, String userId, Set<String> recused) {
    JurySession session = maybeSession.orElseThrow(() -> CaseInputException.conflict(
        "Aucune session du jury n'est constituée pour la campagne " + campaignYear
            + " : le secrétariat doit en créer une avant toute décision."));
    if (userId != null && recused.contains(userId)) {
      throw CaseInputException.forbidden(userId + " est récusé pour cette candidature (conflit d'intérêts déclaré) et ne peut"
          + " ni voir ni décider.");
    }
    List<String> problems = compositionProblems(session, recused);
    if (!problems.isEmpty()) {
      throw CaseInputException.conflict("La session « " + session.getLabel() + " » ne peut pas décider (règle CER_P6) : "
          + String.join(", ", problems) + ". Le secrétariat doit compléter la session.");
    }
    if (userId != null) {
      Optional<JuryMember> seat = session.getMembers().stream().filter(m -> m.getUserId().equals(userId)).findFirst();
      if (seat.isEmpty()) {
        throw CaseInputException.forbidden(userId + " ne siège pas dans la session « " + session.getLabel() + " ».");
      }
      if (!seat.get().getRole().votes()) {
        throw CaseInputException.forbidden(userId + " siège comme " + seat.get().getRole().label()
            + " et ne vote pas (règle CER_P6).");
      }
    }
    return session;
  }

  /** The secretariat completes a session: a new seat holder (CER_P6). */
  @Transactional
  public JurySession addMember(Long sessionId, String userId, JuryRole role, String detail) {
    return addMember(sessionId, userId, role, detail, null);
  }

  /** The same, for a rapporteur of a university college ({@code collegeCode}, CER_P6). */
  @Transactional
  public JurySession addMember(Long sessionId, String userId, JuryRole role, String detail, String collegeCode) {
    JurySession session = sessions.findById(sessionId).orElseThrow(() -> CaseInputException.conflict(
        "La session du jury " + sessionId + " n'existe plus."));
    if (session.getMembers().stream().anyMatch(m -> m.getUserId().equals(userId))) {
      throw CaseInputException.conflict(userId + " siège déjà dans la session « " + session.getLabel() + " ».");
    }
    session.addMember(userId, role, detail, collegeCode);
    return sessions.save(session);
  }

  @Transactional
  public JurySession save(JurySession session) {
    return sessions.save(session);
  }
}
