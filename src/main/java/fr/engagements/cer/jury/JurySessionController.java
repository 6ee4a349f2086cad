package fr.engagements.cer.jury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.engagements.appeal.Appeals;
import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jury's sessions over HTTP (CER_J5): what the session's forms and board show.
 * <ul>
 * <li>{@code GET /api/jury/sessions?campaignYear=2027} — the sessions of a campaign (members, secretariat, admins see
 * theirs);</li>
 * <li>{@code GET /api/jury/sessions/{id}} — one session as the caller may see it: members, attendance, the agenda with,
 * for the caller, their declaration, whether they may read the dossier and vote, their vote; the tally and each
 * member's vote for the president, the secretary, the secretariat and administrators once the session sits; an appeal's
 * item ({@code isAppeal}) names it by {@code itemKey} (the appeal's key) and gives its text and documents' links
 * ({@code appeal}) to those who may read the case;</li>
 * <li>{@code POST /api/jury/sessions} — the secretariat plans a session: {@code {campaignYear, kind, label, date,
 * presidentId, secretaryId, members: [{userId, role, detail}]}};</li>
 * <li>{@code POST /api/jury/sessions/{id}/members} — the secretariat completes a session not yet convened:
 * {@code {userId, role, detail}}.</li>
 * </ul>
 * Who reads a session: {@link CaseAccess#readBody}. A member recused from a candidacy sees its name only.
 */
@RestController
class JurySessionController {

  private final JurySessions sessions;
  private final JurySessionRepository repository;
  private final JuryService composition;
  private final CaseAccess access;
  private final IdentityService identity;
  private final DecisionLetters letters;
  private final Appeals appeals;

  JurySessionController(JurySessions sessions, JurySessionRepository repository, JuryService composition, CaseAccess access,
      @Lazy IdentityService identity, DecisionLetters letters, Appeals appeals) {
    this.letters = letters;
    this.appeals = appeals;
    this.sessions = sessions;
    this.repository = repository;
    this.composition = composition;
    this.access = access;
    this.identity = identity;
  }

  /** {@code college}: for a rapporteur, the university college they sit for (CER_P6; codes of {@code university_college}). */
  record NewMember(String userId, String role, String detail, String college) {
  }

  record NewSession(Integer campaignYear, String kind, String label, String date, String presidentId, String secretaryId,
      List<NewMember> members) {
  }

  @GetMapping(path = "/api/jury/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> list(@RequestParam int campaignYear) {
    CurrentUser user = signedIn();
    List<Map<String, Object>> list = new ArrayList<>();
    for (JurySession.Kind kind : JurySession.Kind.values()) {
      for (JurySession session : repository.findByCampaignYearAndKindOrderByIdDesc(campaignYear, kind)) {
        if (readable(user, session).allowed()) {
          list.add(summary(session));
        }
      }
    }
    return list;
  }

  @GetMapping(path = "/api/jury/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> one(@PathVariable Long id) {
    CurrentUser user = signedIn();
    JurySession session = sessions.session(id).orElseThrow(() -> CaseInputException.notFound("Aucune session du jury n° " + id + "."));
    Access decision = readable(user, session);
    if (!decision.allowed()) {
      throw CaseInputException.forbidden(decision.reason());
    }
    boolean officer = user.isAdmin() || user.groups().contains(Groups.CER_SECRETARIAT) || user.id().equals(session.getPresidentId())
        || user.id().equals(session.getSecretaryId());
    Map<String, Object> view = summary(session);
    List<Map<String, Object>> members = new ArrayList<>();
    for (JuryMember m : session.getMembers()) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("userId", m.getUserId());
      member.put("name", name(m.getUserId()));
      member.put("role", m.getRole().name());
      member.put("roleLabel", m.getRole().label());
      member.put("votes", m.getRole().votes());
      member.put("detail", m.getDetail());
      member.put("college", m.getCollegeCode());
      member.put("collegeLabel", composition.collegeLabel(m.getCollegeCode()).orElse(null));
      member.put("present", session.getOpenedAt() == null ? null : m.isPresent());
      members.add(member);
    }
    view.put("members", members);
    List<Map<String, Object>> agenda = new ArrayList<>();
    // what this user may vote on, computed once for the agenda (one read of the session's declarations)
    Set<Long> mayVote = sessions.votableBy(session, user.id()).stream().map(JuryAgendaItem::getId).collect(Collectors.toSet());
    for (JuryAgendaItem item : sessions.agenda(id)) {
      agenda.add(item(session, item, user, officer, mayVote));
    }
    view.put("agenda", agenda);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
  }

  private Map<String, Object> item(JurySession session, JuryAgendaItem item, CurrentUser user, boolean officer, Set<Long> mayVote) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("businessKey", item.getBusinessKey());
    // what ballots and motivations name the item by: the candidacy's key, or the appeal's for an appeal
    row.put("itemKey", item.itemKey());
    row.put("applicantName", item.getApplicantName());
    row.put("isAppeal", item.isAppeal());
    row.put("decisionKind", item.isPost() ? "POST" : "ENTRY");
    row.put("choices", JurySessions.decisions(item));
    row.put("status", item.getStatus().name());
    Optional<JuryDeclaration> mine = sessions.declaration(item, user.id());
    mine.ifPresent(d -> row.put("myDeclaration", d.getStatus().name()));
    boolean recused = sessions.recused(item.getBusinessKey()).contains(user.id());
    row.put("recused", recused);
    if (recused) {
      return row;
    }
    row.put("readable", access.find(item.getBusinessKey()).map(f -> access.read(user, f).allowed()).orElse(false));
    if (item.isAppeal()) {
      // the appeal's text and its documents' links, for a reader of the case (CaseAccess decides, in Appeals)
      appeals.detail(user, item.getAppealKey()).ifPresent(a -> row.put("appeal", a));
    }
    row.put("mayVote", mayVote.contains(item.getId()));
    if (session.getStatus() == JurySession.Status.IN_SESSION) {
      List<String> problems = sessions.quorumProblems(session, item);
      row.put("quorum", problems.isEmpty());
      if (!problems.isEmpty()) {
        row.put("quorumProblems", problems);
      }
    }
    List<JuryVote> cast = sessions.votes(item);
    cast.stream().filter(v -> v.getUserId().equals(user.id())).findFirst()
        .ifPresent(v -> row.put("myVote", Map.of("decision", JurySessions.decisionOf(item, v.getChoice()), "rationale", v.getRationale())));
    row.put("votesCast", cast.size());
    if (officer && session.getOpenedAt() != null) {
      JurySessions.Result result = sessions.result(session, item);
      row.put("votesFor", result.votesFor());
      row.put("votesAgainst", result.votesAgainst());
      row.put("majority", result.decision());
      row.put("castingVote", result.castingVote());
      row.put("why", result.why());
      row.put("majorityRationale", sessions.majorityRationale(session, item));
      row.put("votes", cast.stream().map(v -> Map.of("userId", v.getUserId(), "name", name(v.getUserId()),
          "decision", JurySessions.decisionOf(item, v.getChoice()), "rationale", v.getRationale())).toList());
    }
    if (item.getDecision() != null) {
      row.put("decision", item.getDecision());
      row.put("motivation", item.getMotivation());
    }
    return row;
  }

  private Map<String, Object> summary(JurySession session) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", session.getId());
    map.put("campaignYear", session.getCampaignYear());
    map.put("kind", session.getKind().name());
    map.put("label", session.getLabel());
    map.put("date", session.getSessionDate().toString());
    map.put("dateText", FrenchFormat.day(session.getSessionDate()));
    map.put("status", session.getStatus().name());
    map.put("presidentId", session.getPresidentId());
    map.put("president", session.getPresidentId() == null ? null : name(session.getPresidentId()));
    map.put("secretaryId", session.getSecretaryId());
    map.put("secretary", session.getSecretaryId() == null ? null : name(session.getSecretaryId()));
    map.put("tieRule", session.getTieRule().name());
    map.put("minutes", session.getMinutesLetterId() == null ? null : "/api/jury/sessions/" + session.getId() + "/minutes.pdf");
    List<String> problems = composition.compositionProblems(session);
    map.put("compositionProblems", problems);
    return map;
  }

  /** The signed minutes (procès-verbal), for those who may read the session. */
  @GetMapping(path = "/api/jury/sessions/{id}/minutes.pdf")
  ResponseEntity<byte[]> minutes(@PathVariable Long id) {
    CurrentUser user = signedIn();
    JurySession session = sessions.session(id).orElseThrow(() -> CaseInputException.notFound("Aucune session du jury n° " + id + "."));
    Access decision = readable(user, session);
    if (!decision.allowed()) {
      throw CaseInputException.forbidden(decision.reason());
    }
    byte[] pdf = session.getMinutesLetterId() == null ? null : letters.pdf(session.getMinutesLetterId()).orElse(null);
    if (pdf == null) {
      throw CaseInputException.notFound("Le procès-verbal de la session « " + session.getLabel() + " » n'est pas encore signé.");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
        .header("Content-Disposition", "attachment; filename=\"proces-verbal-session-" + id + ".pdf\"").body(pdf);
  }

  @PostMapping(path = "/api/jury/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> plan(@RequestBody NewSession body) {
    secretariat();
    List<String> problems = new ArrayList<>();
    JurySession.Kind kind = null;
    try {
      kind = JurySession.Kind.valueOf(String.valueOf(body.kind()));
    } catch (IllegalArgumentException e) {
      problems.add("Le type de session (kind) est ENTRY ou POST.");
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(String.valueOf(body.date()));
    } catch (Exception e) {
      problems.add("La date de la session (date) est au format AAAA-MM-JJ.");
    }
    if (body.campaignYear() == null) {
      problems.add("L'année de campagne (campaignYear) est obligatoire.");
    }
    if (body.label() == null || body.label().isBlank() || body.label().length() > 200) {
      problems.add("L'intitulé de la session (label) est obligatoire (200 caractères au plus).");
    }
    if (body.members() == null || body.members().isEmpty()) {
      problems.add("La session a des membres (members).");
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
    JurySession session = new JurySession(body.campaignYear(), kind, body.label().strip(), date);
    for (NewMember member : body.members()) {
      JuryRole role = role(member.role());
      session.addMember(member.userId(), role, member.detail(), composition.checkedCollege(role, member.college()));
    }
    session.officers(body.presidentId(), body.secretaryId());
    return summary(sessions.plan(session));
  }

  @PostMapping(path = "/api/jury/sessions/{id}/members", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> addMember(@PathVariable Long id, @RequestBody NewMember body) {
    secretariat();
    JurySession session = sessions.session(id).orElseThrow(() -> CaseInputException.notFound("Aucune session du jury n° " + id + "."));
    if (session.getStatus() != JurySession.Status.PLANNED) {
      throw CaseInputException.conflict("La session « " + session.getLabel() + " » est convoquée : sa composition est arrêtée.");
    }
    JuryRole role = role(body.role());
    return summary(composition.addMember(id, body.userId(), role, body.detail(), composition.checkedCollege(role, body.college())));
  }

  private Access readable(CurrentUser user, JurySession session) {
    return access.readBody(user, CaseType.CER, session.getMembers().stream().map(JuryMember::getUserId).toList());
  }

  private static JuryRole role(String role) {
    try {
      return JuryRole.valueOf(String.valueOf(role));
    } catch (IllegalArgumentException e) {
      throw CaseInputException.badRequest("Siège inconnu : « " + role + " » (EPST_SCIENTIST, MED_SCI_NETWORK,"
          + " HOSPITAL_PRACTITIONER, COLLEGE_RAPPORTEUR, DEANS_CONFERENCE, STUDENT_OBSERVER).");
    }
  }

  /** A member's display name, read as the system (a juror may not list users). */
  private String name(String userId) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      var user = identity.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private CurrentUser signedIn() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter les sessions du jury.");
    }
    return user;
  }

  private void secretariat() {
    CurrentUser user = signedIn();
    if (!user.isAdmin() && !user.groups().contains(Groups.CER_SECRETARIAT)) {
      throw CaseInputException.forbidden("Le secrétariat national du CER programme et compose les sessions du jury.");
    }
  }
}
