package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.engagements.allowance.LedgerRepository;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Response;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Trust nothing a client sends: more than forty malformed or hostile requests over real HTTP, each
 * answered 4xx with a reason, none of them changing any case, task, variable or ledger entry.
 */
@EngineTest
class HostileInputHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  HistoryService history;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  LedgerRepository ledger;

  int year;
  Http http;
  String alice;
  String bob;
  String newcomer;
  /** Alice's candidacy waits in verifyDossier, Bob's in completeDossier, Carol's in decideEntry. */
  String alicePid;
  String bobPid;
  String carolPid;
  String aliceKey;
  String bobKey;

  record Case(String name, Supplier<Response> request) {
  }

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    http = Http.at(port);
    alice = applicant();
    bob = applicant();
    newcomer = applicant();
    String carol = applicant();
    var a = as(alice).post(start(), CerFixtures.restCandidacy(year, alice).body());
    alicePid = a.json().path("id").asText();
    aliceKey = a.json().path("businessKey").asText();
    var b = as(bob).post(start(), CerFixtures.restCandidacy(year, bob).remove("motivationLetter").body());
    bobPid = b.json().path("id").asText();
    bobKey = b.json().path("businessKey").asText();
    carolPid = as(carol).post(start(), CerFixtures.restCandidacy(year, carol).body()).json().path("id").asText();
    assertThat(as("secretariat").post("/engine-rest/task/" + taskId(carolPid) + "/complete",
        Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private String applicant() {
    String id = CerFixtures.newApplicantId();
    identity.ensureUser(id, "Prénom", "Nom", id + "@etu.example.fr", id, List.of(Groups.CER_APPLICANTS));
    return id;
  }

  private Http as(String user) {
    return http.as(user, user);
  }

  private static String start() {
    return "/engine-rest/process-definition/key/cer-candidacy/start";
  }

  private String taskId(String pid) {
    return tasks.createTaskQuery().processInstanceId(pid).singleResult().getId();
  }

  /** A start request by the newcomer (who has no candidacy yet): valid but for what the case changes. */
  private Vars valid() {
    return CerFixtures.restCandidacy(year, newcomer);
  }

  private ObjectNode startBody(Vars vars, String field, Object value) {
    ObjectNode body = vars.body();
    if (value instanceof Boolean b) {
      body.put(field, b);
    } else {
      body.putPOJO(field, value);
    }
    return body;
  }

  private static ObjectNode typed(String value, String type) {
    ObjectNode node = Http.object().put("value", value).put("type", type);
    return node;
  }

  private static String repeat(int length) {
    return "a".repeat(length);
  }

  private List<Case> cases() {
    Http newcomerHttp = as(newcomer);
    Http aliceHttp = as(alice);
    Http secretariat = as("secretariat");
    String verify = taskId(alicePid);
    String complete = taskId(bobPid);
    String decide = taskId(carolPid);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    byte[] zip = "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
    byte[] big = Arrays.copyOf(TestDocuments.PDF, 11 * 1024 * 1024);
    List<Case> cases = new ArrayList<>();
    // starting a candidacy
    cases.add(new Case("wrong enum value", () -> newcomerHttp.post(start(), valid().string("applicantProfile", "MEDECIN").body())));
    cases.add(new Case("enum in lower case", () -> newcomerHttp.post(start(), valid().string("doctorateType", "research").body())));
    cases.add(new Case("unknown funding", () -> newcomerHttp.post(start(), valid().string("otherFunding", "CNRS").body())));
    cases.add(new Case("missing name", () -> newcomerHttp.post(start(), valid().remove("applicantName").body())));
    cases.add(new Case("missing campaign", () -> newcomerHttp.post(start(), valid().remove("campaignYear").body())));
    cases.add(new Case("extra variable", () -> newcomerHttp.post(start(), valid().string("foo", "bar").body())));
    cases.add(new Case("system decision fundingDecision", () -> newcomerHttp.post(start(), valid().string("fundingDecision", "FUNDED").body())));
    cases.add(new Case("system decision outcome", () -> newcomerHttp.post(start(), valid().string("outcome", "RESEARCH_COMPLETED").body())));
    cases.add(new Case("system amount allowancePaidCents",
        () -> newcomerHttp.post(start(), valid().raw("allowancePaidCents", typed("99999999", "Long")).body())));
    cases.add(new Case("jury decision at start", () -> newcomerHttp.post(start(), valid().string("entryDecision", "ADMITTED").body())));
    cases.add(new Case("impossible date", () -> newcomerHttp.post(start(), valid().string("doctorateDate", year + "-13-45").body())));
    cases.add(new Case("date in French format", () -> newcomerHttp.post(start(), valid().string("doctorateDate", "30/06/" + year).body())));
    cases.add(new Case("negative year", () -> newcomerHttp.post(start(), valid().integer("medicalStudiesReturnYear", -5).body())));
    cases.add(new Case("huge year", () -> newcomerHttp.post(start(), valid().integer("campaignYear", 999_999_999).body())));
    cases.add(new Case("year as text", () -> newcomerHttp.post(start(), valid().string("campaignYear", String.valueOf(year)).body())));
    cases.add(new Case("PNG declared as PDF", () -> newcomerHttp.post(start(), valid().file("doctorateProof", "these.pdf", png, "application/pdf").body())));
    cases.add(new Case("ZIP archive", () -> newcomerHttp.post(start(), valid().file("motivationLetter", "lettre.zip", zip, "application/zip").body())));
    cases.add(new Case("11 MiB document", () -> newcomerHttp.post(start(), valid()
        .file("labAttachmentProof", "labo.pdf", big, "application/pdf").body())));
    cases.add(new Case("1 MB string", () -> newcomerHttp.post(start(), valid().string("researchLab", repeat(1_000_000)).body())));
    cases.add(new Case("HTML in a name", () -> newcomerHttp.post(start(), valid().string("applicantName", "<b>Camille</b>").body())));
    cases.add(new Case("script in a text", () -> newcomerHttp.post(start(), valid().string("researchLab", "<script>alert(1)</script>").body())));
    cases.add(new Case("javascript: URL in an e-mail", () -> newcomerHttp.post(start(), valid().string("applicantEmail", "javascript:alert(1)").body())));
    cases.add(new Case("applying for someone else", () -> newcomerHttp.post(start(), valid().string("applicantId", bob).body())));
    cases.add(new Case("another applicant's business key", () -> newcomerHttp.post(start(), startBody(valid(), "businessKey", aliceKey))));
    cases.add(new Case("business key of another format", () -> newcomerHttp.post(start(), startBody(valid(), "businessKey", "'; drop table cer_candidacy; --"))));
    cases.add(new Case("start at an arbitrary step", () -> newcomerHttp.post(start(), startBody(valid(), "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "decideFunding"))))));
    cases.add(new Case("skipping the listeners", () -> newcomerHttp.post(start(), startBody(valid(), "skipCustomListeners", true))));
    cases.add(new Case("a second open candidacy", () -> aliceHttp.post(start(), CerFixtures.restCandidacy(year, alice).body())));
    cases.add(new Case("not JSON", () -> newcomerHttp.post(start(), "{\"variables\": {")));
    cases.add(new Case("variables not an object", () -> newcomerHttp.post(start(), "{\"variables\": [1, 2]}")));
    cases.add(new Case("a campaign that does not exist", () -> newcomerHttp.post(start(), valid().integer("campaignYear", 2100).body())));
    cases.add(new Case("document not in base64", () -> newcomerHttp.post(start(), valid().raw("motivationLetter", typed("%%% not base64 %%%", "File")).body())));
    cases.add(new Case("integer that is not a number", () -> newcomerHttp.post(start(), valid().raw("campaignYear", typed("abc", "Integer")).body())));
    // completing tasks
    String verifyUrl = "/engine-rest/task/" + verify + "/complete";
    String decideUrl = "/engine-rest/task/" + decide + "/complete";
    String completeUrl = "/engine-rest/task/" + complete + "/complete";
    cases.add(new Case("jury decision on the secretariat's task",
        () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", true).string("entryDecision", "ADMITTED").body())));
    cases.add(new Case("boolean as text", () -> secretariat.post(verifyUrl, Vars.of().string("dossierComplete", "peut-être").body())));
    cases.add(new Case("sending back without remarks", () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", false).body())));
    cases.add(new Case("HTML in remarks", () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", false)
        .string("dossierRemarks", "<img src=x onerror=alert(1)>").body())));
    cases.add(new Case("an applicant deciding their own entry", () -> as(newcomer).post(decideUrl, Vars.of()
        .string("entryDecision", "ADMITTED").string("entryRationale", "moi").body())));
    cases.add(new Case("an observer voting", () -> as("observateur").post(decideUrl, Vars.of()
        .string("entryDecision", "ADMITTED").string("entryRationale", "je vote").body())));
    cases.add(new Case("unknown decision", () -> as("jury1").post(decideUrl, Vars.of()
        .string("entryDecision", "MAYBE").string("entryRationale", "hésitation").body())));
    cases.add(new Case("decision without rationale", () -> as("jury1").post(decideUrl, Vars.of().string("entryDecision", "REJECTED").body())));
    cases.add(new Case("1 MB rationale", () -> as("jury1").post(decideUrl, Vars.of()
        .string("entryDecision", "REJECTED").string("entryRationale", repeat(1_000_000)).body())));
    cases.add(new Case("system decision on the applicant's task", () -> as(bob).post(completeUrl, Vars.of()
        .file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").string("fundingDecision", "FUNDED").body())));
    cases.add(new Case("another applicant's task", () -> aliceHttp.post(completeUrl, Vars.of()
        .file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").body())));
    cases.add(new Case("writing a decision variable directly", () -> aliceHttp.put("/engine-rest/process-instance/" + alicePid
        + "/variables/fundingDecision", typed("FUNDED", "String"))));
    cases.add(new Case("moving a case to another step", () -> secretariat.post("/engine-rest/process-instance/" + alicePid
        + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "decideFunding"))))));
    cases.add(new Case("withdrawing another applicant's candidacy", () -> aliceHttp.post("/engine-rest/message",
        Map.of("messageName", "CerWithdrawal", "businessKey", bobKey))));
    cases.add(new Case("a message carrying an outcome", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "CerWithdrawal",
        "businessKey", aliceKey, "processVariables", Map.of("outcome", Map.of("value", "RESEARCH_COMPLETED"))))));
    cases.add(new Case("a message to no case in particular", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "CerWithdrawal"))));
    cases.add(new Case("a message to every case", () -> aliceHttp.post("/engine-rest/message",
        Map.of("messageName", "CerWithdrawal", "businessKey", aliceKey, "all", true))));
    cases.add(new Case("an unknown message", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "Payer", "businessKey", aliceKey))));
    cases.add(new Case("anonymous", () -> http.post(start(), valid().body())));
    cases.add(new Case("wrong password", () -> http.as(newcomer, "devine").post(start(), valid().body())));
    cases.add(new Case("another applicant's timeline", () -> aliceHttp.get("/api/candidacies/" + bobKey + "/timeline")));
    cases.add(new Case("another applicant's documents", () -> aliceHttp.get("/engine-rest/process-instance/" + bobPid
        + "/variables/doctorateProof/data")));
    return cases;
  }

  /** What must not change: every case, task and variable of the cases involved, and the ledger. */
  private Map<String, Object> state() {
    Map<String, Object> state = new TreeMap<>();
    state.put("instances", history.createHistoricProcessInstanceQuery().count());
    state.put("running", runtime.createProcessInstanceQuery().count());
    state.put("ledger", ledger.count());
    for (String pid : List.of(alicePid, bobPid, carolPid)) {
      state.put(pid + " tasks", tasks.createTaskQuery().processInstanceId(pid).list().stream().map(Task::getId).toList());
      Map<String, Object> vars = new TreeMap<>();
      VariableMap typed = runtime.getVariablesTyped(pid, false);
      for (String name : typed.keySet()) {
        TypedValue value = typed.getValueTyped(name);
        vars.put(name, value instanceof FileValue file ? "file " + file.getFilename() : String.valueOf(value.getValue()));
      }
      state.put(pid + " variables", vars);
    }
    return state;
  }

  @Test
  void everyHostileInputIsRefusedWithAReasonAndChangesNothing() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    List<String> report = new ArrayList<>();
    for (Case c : cases) {
      Map<String, Object> before = state();
      Response response = c.request().get();
      report.add("PROBE|" + c.name() + "|" + response.status() + "|" + (response.status() == 401 ? response.body() : response.json().path("message").asText()).replaceAll("\\s+", " "));
      assertThat(response.status()).as("%s answered %s", c.name(), response.body()).isBetween(400, 499);
      if (response.status() != 401) {
        JsonNode body = response.json();
        assertThat(body.path("message").asText()).as("%s has a reason", c.name()).isNotBlank();
      }
      assertThat(state()).as("%s changed nothing", c.name()).isEqualTo(before);
    }
    System.out.println("Hostile inputs refused:\n  " + String.join("\n  ", report));
  }

  private static String abbreviate(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
  }
}
