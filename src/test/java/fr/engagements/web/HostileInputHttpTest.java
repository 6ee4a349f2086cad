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
 * Trust nothing a client sends: more than forty malformed or hostile requests over real HTTP, each answered
 * with its own 4xx status and words of its French reason, none of them changing any case, task, variable or ledger
 * entry. (A juror cannot complete the entry decision alone: the jury decides in session, CER_J5; the cases sent by
 * a juror are refused for that reason before their content is read.)
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

  /**
   * A hostile request, the status it must get and words of its French reason (found by running the requests, then
   * checked to say what is wrong). A 401 has no body: the reason is the authentication challenge.
   */
  record Case(String name, int status, String reason, Supplier<Response> request) {
  }

  /** No reason in the body: the HTTP authentication challenge (401) says it. */
  private static final String NO_BODY = "";
  /** The engine's refusal of a task or case not entrusted to the caller, in French (CaseInputGuardFilter). */
  private static final String NOT_OFFERED = "Cette tâche ou ce dossier ne vous est pas confié";

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
    cases.add(new Case("wrong enum value", 400, "Le profil (applicantProfile) : « MEDECIN » n'est pas une valeur admise", () -> newcomerHttp.post(start(), valid().string("applicantProfile", "MEDECIN").body())));
    cases.add(new Case("enum in lower case", 400, "Le type de doctorat (doctorateType) : « research » n'est pas une valeur admise", () -> newcomerHttp.post(start(), valid().string("doctorateType", "research").body())));
    cases.add(new Case("unknown funding", 400, "L'autre financement (otherFunding) : « CNRS » n'est pas une valeur admise", () -> newcomerHttp.post(start(), valid().string("otherFunding", "CNRS").body())));
    cases.add(new Case("missing name", 400, "Le nom du demandeur (applicantName) est obligatoire", () -> newcomerHttp.post(start(), valid().remove("applicantName").body())));
    cases.add(new Case("missing campaign", 400, "L'année de campagne (campaignYear) est obligatoire", () -> newcomerHttp.post(start(), valid().remove("campaignYear").body())));
    cases.add(new Case("extra variable", 400, "Variables non acceptées au démarrage de « cer-candidacy » : foo.", () -> newcomerHttp.post(start(), valid().string("foo", "bar").body())));
    cases.add(new Case("system decision fundingDecision", 400, "Variables non acceptées au démarrage de « cer-candidacy » : fundingDecision.", () -> newcomerHttp.post(start(), valid().string("fundingDecision", "FUNDED").body())));
    cases.add(new Case("system decision outcome", 400, "Variables non acceptées au démarrage de « cer-candidacy » : outcome.", () -> newcomerHttp.post(start(), valid().string("outcome", "RESEARCH_COMPLETED").body())));
    cases.add(new Case("system amount allowancePaidCents", 400, "Variables non acceptées au démarrage de « cer-candidacy » : allowancePaidCents.", () -> newcomerHttp.post(start(), valid().raw("allowancePaidCents", typed("99999999", "Long")).body())));
    cases.add(new Case("jury decision at start", 400, "Variables non acceptées au démarrage de « cer-candidacy » : entryDecision.", () -> newcomerHttp.post(start(), valid().string("entryDecision", "ADMITTED").body())));
    cases.add(new Case("impossible date", 400, "La date du doctorat (doctorateDate) : « " + year + "-13-45 » n'est pas une date au format AAAA-MM-JJ", () -> newcomerHttp.post(start(), valid().string("doctorateDate", year + "-13-45").body())));
    cases.add(new Case("date in French format", 400, "La date du doctorat (doctorateDate) : « 30/06/" + year + " » n'est pas une date au format AAAA-MM-JJ", () -> newcomerHttp.post(start(), valid().string("doctorateDate", "30/06/" + year).body())));
    cases.add(new Case("negative year", 400, "(medicalStudiesReturnYear) doit être compris entre 1950 et 2100 (reçu : -5)", () -> newcomerHttp.post(start(), valid().integer("medicalStudiesReturnYear", -5).body())));
    cases.add(new Case("huge year", 400, "L'année de campagne (campaignYear) doit être compris entre 2000 et 2100 (reçu : 999999999)", () -> newcomerHttp.post(start(), valid().integer("campaignYear", 999_999_999).body())));
    cases.add(new Case("year as text", 400, "L'année de campagne (campaignYear) : « " + year + " » n'est pas un nombre entier", () -> newcomerHttp.post(start(), valid().string("campaignYear", String.valueOf(year)).body())));
    cases.add(new Case("PNG declared as PDF", 400, "La preuve du doctorat (doctorateProof) n'est pas un document PDF", () -> newcomerHttp.post(start(), valid().file("doctorateProof", "these.pdf", png, "application/pdf").body())));
    cases.add(new Case("ZIP archive", 400, "La lettre de motivation (motivationLetter) n'est pas un document PDF", () -> newcomerHttp.post(start(), valid().file("motivationLetter", "lettre.zip", zip, "application/zip").body())));
    cases.add(new Case("11 MiB document", 400, "(labAttachmentProof) dépasse 10 Mio (11 Mio)", () -> newcomerHttp.post(start(), valid()
        .file("labAttachmentProof", "labo.pdf", big, "application/pdf").body())));
    cases.add(new Case("1 MB string", 400, "Le laboratoire de rattachement (researchLab) dépasse 300 caractères", () -> newcomerHttp.post(start(), valid().string("researchLab", repeat(1_000_000)).body())));
    cases.add(new Case("HTML in a name", 400, "Le nom du demandeur (applicantName) ne doit pas contenir de balises HTML ni de script", () -> newcomerHttp.post(start(), valid().string("applicantName", "<b>Camille</b>").body())));
    cases.add(new Case("script in a text", 400, "Le laboratoire de rattachement (researchLab) ne doit pas contenir de balises HTML ni de script", () -> newcomerHttp.post(start(), valid().string("researchLab", "<script>alert(1)</script>").body())));
    cases.add(new Case("javascript: URL in an e-mail", 400, "(applicantEmail) ne doit pas contenir de balises HTML ni de script", () -> newcomerHttp.post(start(), valid().string("applicantEmail", "javascript:alert(1)").body())));
    cases.add(new Case("applying for someone else", 403, "ne pouvez pas déposer une candidature au nom de " + bob + "", () -> newcomerHttp.post(start(), valid().string("applicantId", bob).body())));
    cases.add(new Case("another applicant's business key", 409, "La clé métier " + aliceKey + " est déjà attribuée à une autre candidature", () -> newcomerHttp.post(start(), startBody(valid(), "businessKey", aliceKey))));
    cases.add(new Case("business key of another format", 400, "ne suit pas le format CER-" + year + "-NNNNNN", () -> newcomerHttp.post(start(), startBody(valid(), "businessKey", "'; drop table cer_candidacy; --"))));
    cases.add(new Case("start at an arbitrary step", 403, "L'option « startInstructions » est réservée aux administrateurs", () -> newcomerHttp.post(start(), startBody(valid(), "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "decideFunding"))))));
    cases.add(new Case("skipping the listeners", 403, "L'option « skipCustomListeners » est réservée aux administrateurs", () -> newcomerHttp.post(start(), startBody(valid(), "skipCustomListeners", true))));
    cases.add(new Case("a second open candidacy", 409, "a déjà une candidature en cours pour la campagne " + year + " (" + aliceKey + ")", () -> aliceHttp.post(start(), CerFixtures.restCandidacy(year, alice).body())));
    cases.add(new Case("not JSON", 400, "Le corps de la requête n'est pas du JSON valide", () -> newcomerHttp.post(start(), "{\"variables\": {")));
    cases.add(new Case("variables not an object", 400, "« variables » doit être un objet JSON", () -> newcomerHttp.post(start(), "{\"variables\": [1, 2]}")));
    cases.add(new Case("a campaign that does not exist", 400, "Aucune campagne CER n'existe pour l'année 2100", () -> newcomerHttp.post(start(), valid().integer("campaignYear", 2100).body())));
    cases.add(new Case("document not in base64", 400, "Le document « motivationLetter » n'est pas encodé en base64", () -> newcomerHttp.post(start(), valid().raw("motivationLetter", typed("%%% not base64 %%%", "File")).body())));
    cases.add(new Case("integer that is not a number", 400, "La valeur « abc » n'est pas du type annoncé (Integer)", () -> newcomerHttp.post(start(), valid().raw("campaignYear", typed("abc", "Integer")).body())));
    // completing tasks
    String verifyUrl = "/engine-rest/task/" + verify + "/complete";
    String decideUrl = "/engine-rest/task/" + decide + "/complete";
    String completeUrl = "/engine-rest/task/" + complete + "/complete";
    cases.add(new Case("jury decision on the secretariat's task", 400, "Variables non modifiables à l'étape « verifyDossier » : entryDecision.", () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", true).string("entryDecision", "ADMITTED").body())));
    cases.add(new Case("boolean as text", 400, "La conclusion de la vérification (dossierComplete) : « peut-être » n'est pas vrai ou faux", () -> secretariat.post(verifyUrl, Vars.of().string("dossierComplete", "peut-être").body())));
    cases.add(new Case("sending back without remarks", 400, "Les remarques (dossierRemarks) est obligatoire", () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", false).body())));
    cases.add(new Case("HTML in remarks", 400, "Les remarques (dossierRemarks) ne doit pas contenir de balises HTML ni de script", () -> secretariat.post(verifyUrl, Vars.of().bool("dossierComplete", false)
        .string("dossierRemarks", "<img src=x onerror=alert(1)>").body())));
    cases.add(new Case("an applicant deciding their own entry", 403, NOT_OFFERED, () -> as(newcomer).post(decideUrl, Vars.of()
        .string("entryDecision", "ADMITTED").string("entryRationale", "moi").body())));
    cases.add(new Case("an observer voting", 403, NOT_OFFERED, () -> as("observateur").post(decideUrl, Vars.of()
        .string("entryDecision", "ADMITTED").string("entryRationale", "je vote").body())));
    cases.add(new Case("a juror deciding alone, outside the session: unknown decision", 403, NOT_OFFERED, () -> as("jury1").post(decideUrl, Vars.of()
        .string("entryDecision", "MAYBE").string("entryRationale", "hésitation").body())));
    cases.add(new Case("a juror deciding alone, outside the session: no rationale", 403, NOT_OFFERED, () -> as("jury1").post(decideUrl, Vars.of().string("entryDecision", "REJECTED").body())));
    cases.add(new Case("a juror deciding alone, outside the session: 1 MB rationale", 403, NOT_OFFERED, () -> as("jury1").post(decideUrl, Vars.of()
        .string("entryDecision", "REJECTED").string("entryRationale", repeat(1_000_000)).body())));
    cases.add(new Case("system decision on the applicant's task", 400, "Variables non modifiables à l'étape « completeDossier » : fundingDecision.", () -> as(bob).post(completeUrl, Vars.of()
        .file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").string("fundingDecision", "FUNDED").body())));
    cases.add(new Case("another applicant's task", 403, NOT_OFFERED, () -> aliceHttp.post(completeUrl, Vars.of()
        .file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").body())));
    cases.add(new Case("writing a decision variable directly", 403, "/variables/fundingDecision) est réservée aux administrateurs", () -> aliceHttp.put("/engine-rest/process-instance/" + alicePid
        + "/variables/fundingDecision", typed("FUNDED", "String"))));
    cases.add(new Case("moving a case to another step", 403, "/modification) est réservée aux administrateurs", () -> secretariat.post("/engine-rest/process-instance/" + alicePid
        + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "decideFunding"))))));
    cases.add(new Case("withdrawing another applicant's candidacy", 403, NOT_OFFERED, () -> aliceHttp.post("/engine-rest/message",
        Map.of("messageName", "CerWithdrawal", "businessKey", bobKey))));
    cases.add(new Case("a message carrying an outcome", 400, "Variables non acceptées avec le message « CerWithdrawal » : outcome (ce message n'en porte aucune)", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "CerWithdrawal",
        "businessKey", aliceKey, "processVariables", Map.of("outcome", Map.of("value", "RESEARCH_COMPLETED"))))));
    cases.add(new Case("a message to no case in particular", 400, "Le message « CerWithdrawal » doit désigner un dossier par sa clé métier (businessKey)", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "CerWithdrawal"))));
    cases.add(new Case("a message to every case", 400, "Le message « CerWithdrawal » ne s'adresse qu'à un seul dossier (all=true refusé)", () -> aliceHttp.post("/engine-rest/message",
        Map.of("messageName", "CerWithdrawal", "businessKey", aliceKey, "all", true))));
    cases.add(new Case("an unknown message", 400, "Message inconnu ou non ouvert aux clients : « Payer »", () -> aliceHttp.post("/engine-rest/message", Map.of("messageName", "Payer", "businessKey", aliceKey))));
    cases.add(new Case("anonymous", 401, NO_BODY, () -> http.post(start(), valid().body())));
    cases.add(new Case("wrong password", 401, NO_BODY, () -> http.as(newcomer, "devine").post(start(), valid().body())));
    cases.add(new Case("another applicant's timeline", 403, "Vous ne pouvez consulter que vos propres dossiers", () -> aliceHttp.get("/api/candidacies/" + bobKey + "/timeline")));
    cases.add(new Case("another applicant's documents", 403, NOT_OFFERED, () -> aliceHttp.get("/engine-rest/process-instance/" + bobPid
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
  void everyHostileInputIsRefusedWithItsStatusAndFrenchReasonAndChangesNothing() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    List<String> report = new ArrayList<>();
    for (Case c : cases) {
      Map<String, Object> before = state();
      Response response = c.request().get();
      report.add(response.status() + " " + c.name() + " — " + abbreviate(response.body()));
      assertThat(response.status()).as("%s answered %s", c.name(), response.body()).isEqualTo(c.status());
      if (c.reason().equals(NO_BODY)) {
        assertThat(response.body()).as("%s", c.name()).isBlank();
      } else {
        assertThat(response.json().path("message").asText()).as("the reason of %s", c.name()).contains(c.reason());
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
