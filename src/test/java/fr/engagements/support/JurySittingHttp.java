package fr.engagements.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.support.Http.Vars;

/**
 * A sitting of the national jury over real HTTP, each step as its user with their password (the demo convention:
 * password = id), through the engine's REST API and {@code /api/jury}: the secretariat convenes, every member declares
 * (no link unless told), the secretary records the members present, each voter votes, the secretary writes the
 * motivations, the president signs, and an administrator runs the job that carries the decisions. The session's day
 * must have come (in-JVM tests move the engine's clock first).
 */
public final class JurySittingHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;
  private final Map<String, Map<String, String>> links = new HashMap<>();
  /** Per member, per item key (a candidacy's or an appeal's business key): the decision they vote for. */
  private final Map<String, Map<String, String>> votes = new HashMap<>();
  private String decision = "ADMITTED";
  private String appealDecision = "UPHELD";
  private String motivation = "Parcours de recherche solide et projet motivé, selon la majorité du jury.";

  public JurySittingHttp(Http http) {
    this.http = http;
  }

  public JurySittingHttp link(String member, String businessKey, String conflictKind) {
    links.computeIfAbsent(member, m -> new HashMap<>()).put(businessKey, conflictKind);
    return this;
  }

  /** This member votes so on this item (a candidacy's key, or an appeal's {@code <case key>/recours/<n>}). */
  public JurySittingHttp votes(String member, String itemKey, String decision) {
    votes.computeIfAbsent(member, m -> new HashMap<>()).put(itemKey, decision);
    return this;
  }

  /** What members vote on appeals by default: UPHELD or WITHDRAWN. */
  public JurySittingHttp appealDecision(String decision) {
    this.appealDecision = decision;
    return this;
  }

  public JurySittingHttp decision(String decision) {
    this.decision = decision;
    return this;
  }

  public JurySittingHttp motivation(String motivation) {
    this.motivation = motivation;
    return this;
  }

  private Http as(String user) {
    return http.as(user, user);
  }

  /** The id of the session whose agenda holds this candidacy (as an administrator sees the sessions). */
  public long sessionOf(String businessKey) {
    int year = Integer.parseInt(businessKey.substring(4, 8));
    for (JsonNode summary : as("demo").get("/api/jury/sessions?campaignYear=" + year).json()) {
      JsonNode session = as("demo").get("/api/jury/sessions/" + summary.path("id").asLong()).json();
      for (JsonNode item : session.path("agenda")) {
        if (item.path("businessKey").asText().equals(businessKey) && item.path("status").asText().equals("ON_AGENDA")) {
          return session.path("id").asLong();
        }
      }
    }
    throw new AssertionError(businessKey + " is on no session's agenda");
  }

  public JsonNode session(String user, long sessionId) {
    Http.Response r = as(user).get("/api/jury/sessions/" + sessionId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The open task of this key in the session for this user (assignee or candidate), or null. */
  public String taskOf(String user, long sessionId, String taskKey) {
    JsonNode found = as(user).get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=JURY-" + sessionId
        + "&taskDefinitionKey=" + taskKey).json();
    return found.isEmpty() ? null : found.get(0).path("id").asText();
  }

  public Http.Response complete(String user, String taskId, Vars variables) {
    return as(user).post("/engine-rest/task/" + taskId + "/complete", variables.body());
  }

  private void completeOk(String user, String taskId, Vars variables) {
    assertThat(taskId).as("a task for " + user).isNotNull();
    Http.Response r = complete(user, taskId, variables);
    assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(204);
  }

  public void convene(long sessionId) {
    if (session("demo", sessionId).path("status").asText().equals("PLANNED")) {
      completeOk("secretariat", taskOf("secretariat", sessionId, "conveneSession"), Vars.of());
    }
  }

  public void declare(long sessionId) {
    for (JsonNode member : session("demo", sessionId).path("members")) {
      String user = member.path("userId").asText();
      String task = taskOf(user, sessionId, "declareInterests");
      if (task == null) {
        continue;
      }
      List<Map<String, String>> conflicts = new ArrayList<>();
      links.getOrDefault(user, Map.of()).forEach((key, kind) -> conflicts.add(Map.of("businessKey", key, "conflictKind", kind)));
      completeOk(user, task, Vars.of().string("conflicts", json(conflicts)));
    }
  }

  public void open(long sessionId) {
    JsonNode session = session("demo", sessionId);
    List<String> present = new ArrayList<>();
    session.path("members").forEach(m -> present.add(m.path("userId").asText()));
    String secretary = session.path("secretaryId").asText();
    completeOk(secretary, taskOf(secretary, sessionId, "openSession"), Vars.of().string("present", json(present)));
  }

  public void vote(long sessionId) {
    for (JsonNode member : session("demo", sessionId).path("members")) {
      String user = member.path("userId").asText();
      String task = taskOf(user, sessionId, "castVotes");
      if (task == null) {
        continue;
      }
      List<Map<String, String>> ballots = new ArrayList<>();
      for (JsonNode item : session(user, sessionId).path("agenda")) {
        if (item.path("mayVote").asBoolean()) {
          String key = itemKey(item);
          String chosen = votes.getOrDefault(user, Map.of()).getOrDefault(key,
              item.path("isAppeal").asBoolean() ? appealDecision : decision);
          ballots.add(Map.of("businessKey", key, "decision", chosen, "rationale", "Vote motivé de " + user + "."));
        }
      }
      completeOk(user, task, Vars.of().string("votes", json(ballots)));
    }
  }

  public void minutes(long sessionId) {
    JsonNode session = session("demo", sessionId);
    String secretary = session.path("secretaryId").asText();
    List<Map<String, String>> motivations = new ArrayList<>();
    for (JsonNode item : session.path("agenda")) {
      if (item.path("status").asText().equals("ON_AGENDA") && !item.path("majority").isMissingNode() && !item.path("majority").isNull()) {
        motivations.add(Map.of("businessKey", itemKey(item), "motivation", motivation));
      }
    }
    completeOk(secretary, taskOf(secretary, sessionId, "draftMinutes"), Vars.of().string("motivations", json(motivations)));
    String president = session.path("presidentId").asText();
    completeOk(president, taskOf(president, sessionId, "signMinutes"), Vars.of().bool("minutesApproved", true));
    // the close may take more than one job (a job may leave the next one): each poll runs what the session has queued,
    // rather than waiting for the job executor, whose idle back-off can reach a minute on a loaded machine
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofMillis(250))
        .until(() -> {
          executeJobs(sessionId);
          return session("demo", sessionId).path("status").asText().equals("CLOSED");
        });
  }

  private void executeJobs(long sessionId) {
    Http admin = as("demo");
    Http.Response listed = admin.get("/engine-rest/job?maxResults=100&processInstanceId=" + processInstanceOf(sessionId));
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    for (JsonNode job : listed.json()) {
      Http.Response r = admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "{}");
      // 404: a running application's job executor took the job first; a concurrent run of the same job is tried again
      if (r.status() == 500 && r.body().contains("OptimisticLocking")) {
        continue;
      }
      assertThat(r.status()).as(r.body()).isIn(204, 404);
    }
  }

  /** What ballots and motivations name an agenda item by: the candidacy's key, or the appeal's. */
  private static String itemKey(JsonNode item) {
    return item.hasNonNull("itemKey") ? item.path("itemKey").asText() : item.path("businessKey").asText();
  }

  private String processInstanceOf(long sessionId) {
    Http.Response r = as("demo").get("/engine-rest/process-instance?maxResults=10&processDefinitionKey=cer-jury-session&businessKey=JURY-" + sessionId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode found = r.json();
    return found.isEmpty() ? "none" : found.get(0).path("id").asText();
  }

  /**
   * The secretariat plans a session of the demo jury for this day (its candidacies waiting for the jury join its agenda),
   * over {@code POST /api/jury/sessions}.
   */
  public long plan(int campaignYear, String kind, java.time.LocalDate day) {
    List<Map<String, String>> members = new ArrayList<>();
    fr.engagements.cer.demo.CerDemoData.JURY.forEach(seat -> {
      Map<String, String> member = new java.util.HashMap<>(Map.of("userId", seat.userId(), "role", seat.role().name(),
          "detail", seat.detail()));
      if (seat.college() != null) {
        member.put("college", seat.college());
      }
      members.add(member);
    });
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("campaignYear", campaignYear);
    body.put("kind", kind);
    body.put("label", "Séance du " + day + " (" + kind + ")");
    body.put("date", day.toString());
    body.put("presidentId", fr.engagements.cer.demo.CerDemoData.PRESIDENT);
    body.put("secretaryId", fr.engagements.cer.demo.CerDemoData.SECRETARY);
    body.put("members", members);
    Http.Response r = as("secretariat").post("/api/jury/sessions", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("id").asLong();
  }

  /** The whole sitting of the session that holds this candidacy, planned for this day when none does. */
  public long sit(String businessKey, java.time.LocalDate today) {
    try {
      sessionOf(businessKey);
    } catch (AssertionError none) {
      plan(Integer.parseInt(businessKey.substring(4, 8)), "ENTRY", today);
    }
    return sit(businessKey);
  }

  /** The whole sitting of the session that holds this candidacy. */
  public long sit(String businessKey) {
    long session = sessionOf(businessKey);
    convene(session);
    declare(session);
    open(session);
    vote(session);
    minutes(session);
    return session;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
