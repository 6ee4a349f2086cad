package fr.engagements.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.casefile.Access;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.directory.Directory;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, part 2: the campaign boards over real HTTP. Each role sees exactly the cases CaseAccess lets it read —
 * the secretariat every candidacy of the campaign, a juror the candidacies of their session but not the one they
 * declared a link with (CER_J5), a UFR its faculty's CESP cases and not another faculty's (CESP_12), an ARS of another
 * region nothing — and applicants no board at all; filters, sorting, paging and the CSV answer alike, bad values 400.
 */
@EngineTest
class BoardsHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  DirectoryDemoData directoryDemo;
  @Autowired
  CerDemoData demo;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CespCampaigns cespCampaigns;
  @Autowired
  Directory directory;
  @Autowired
  CaseAccess caseAccess;

  Http http;

  @BeforeEach
  void setUp() {
    TestDirectory.ensure(demoProfile, directoryDemo);
    http = Http.at(port);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  private String user(String group) {
    String id = group.equals(Groups.CER_APPLICANTS) ? CerFixtures.newApplicantId() : CespFixtures.newApplicantId();
    identity.ensureUser(id, "Prénom", "Nom", id + "@etu.example.fr", id, List.of(group));
    return id;
  }

  /** A candidacy filed by a new applicant with this name: it waits in verifyDossier (secretariat). */
  private String candidacy(int year, String name) {
    String applicant = user(Groups.CER_APPLICANTS);
    Http.Response started = http.as(applicant, applicant).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicant).string("applicantName", name).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  private void verify(String businessKey) {
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey("verifyDossier")
        .singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("dossierComplete", true));
  }

  /** CaseAccess#readAll (a board's page, in a fixed number of statements) gives each case the answer of CaseAccess#read. */
  private void assertPageCheckMatchesTheRule(List<String> keys, String... users) {
    List<CaseFile> files = keys.stream().map(k -> caseAccess.find(k).orElseThrow()).toList();
    for (String id : users) {
      CurrentUser user = new CurrentUser(id, TestDirectory.groupsOf(engine.getIdentityService(), id));
      Map<String, Access> page = caseAccess.readAll(user, files);
      for (CaseFile file : files) {
        Access one = caseAccess.read(user, file);
        assertThat(page.get(file.businessKey())).as(id + " on " + file.businessKey()).isEqualTo(one);
      }
    }
  }

  private JsonNode board(String user, String path) {
    Http.Response r = http.as(user, user).get(path);
    assertThat(r.status()).as(path + " as " + user + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> keys(JsonNode page) {
    List<String> keys = new ArrayList<>();
    page.path("rows").forEach(r -> keys.add(r.path("businessKey").asText()));
    return keys;
  }

  private static long stepCount(JsonNode page, String step) {
    for (JsonNode s : page.path("steps")) {
      if (s.path("step").asText().equals(step)) {
        return s.path("cases").asLong();
      }
    }
    return 0;
  }

  @Test
  void theSecretariatSeesEveryCandidacyOfTheCampaignWithCountsPerStepAndTheQuota() {
    int year = CerFixtures.emptyCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String a = candidacy(year, "Alice Arnaud");
    String b = candidacy(year, "Bruno Bernard");
    String c = candidacy(year, "Chloé Caron");
    verify(c);

    JsonNode page = board("secretariat", "/api/boards/secretariat?campaign=" + year);

    assertThat(keys(page)).containsExactly(a, b, c);
    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(page.path("summary").path("cases").asLong()).isEqualTo(3);
    assertThat(page.path("summary").path("open").asLong()).isEqualTo(3);
    assertThat(stepCount(page, "verifyDossier")).isEqualTo(2);
    assertThat(stepCount(page, "decideEntry")).isEqualTo(1);
    assertThat(page.path("quota").path("quota").asInt()).isEqualTo(10);
    assertThat(page.path("quota").path("left").asInt()).isEqualTo(10);
    JsonNode first = page.path("rows").get(0);
    assertThat(first.path("applicantName").asText()).isEqualTo("Alice Arnaud");
    assertThat(first.path("caseUrl").asText()).isEqualTo("/dossiers/" + a);
    assertThat(first.path("tasks").get(0).path("label").asText()).isEqualTo("Vérifier le dossier d'entrée");
    assertThat(first.path("tasks").get(0).path("tasklistUrl").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + first.path("tasks").get(0).path("id").asText());
    // the list of boards says which the secretariat has
    JsonNode mine = board("secretariat", "/api/boards");
    assertThat(mine.findValuesAsText("id")).containsExactly("secretariat");
  }

  @Test
  void filtersSortingPagingAndTheCsvAnswerTheSameRows() throws Exception {
    int year = CerFixtures.emptyCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String zeta = candidacy(year, "Zoé Zeta");
    String yann = candidacy(year, "Yann Ygrec");
    String xavier = candidacy(year, "Xavier Xérès");
    verify(xavier);
    // 20 days later the two verifications (14 days) are late, the jury's task (60 days) is not
    CerFixtures.setToday(LocalDate.of(year, 10, 21));
    String base = "/api/boards/secretariat?campaign=" + year;

    assertThat(keys(board("secretariat", base + "&overdue=true"))).containsExactly(zeta, yann);
    assertThat(keys(board("secretariat", base + "&overdue=false"))).containsExactly(xavier);
    assertThat(board("secretariat", base).path("summary").path("overdue").asLong()).isEqualTo(2);
    assertThat(keys(board("secretariat", base + "&step=decideEntry"))).containsExactly(xavier);
    assertThat(keys(board("secretariat", base + "&step=verifyDossier"))).containsExactly(zeta, yann);
    assertThat(keys(board("secretariat", base + "&outcome=OPEN"))).containsExactly(zeta, yann, xavier);
    assertThat(keys(board("secretariat", base + "&outcome=REJECTED"))).isEmpty();
    assertThat(keys(board("secretariat", base + "&q=ZETA"))).containsExactly(zeta);
    assertThat(keys(board("secretariat", base + "&q=" + yann.substring(yann.length() - 6)))).containsExactly(yann);
    assertThat(keys(board("secretariat", base + "&sort=name"))).containsExactly(xavier, yann, zeta);
    assertThat(keys(board("secretariat", base + "&sort=-name"))).containsExactly(zeta, yann, xavier);
    assertThat(keys(board("secretariat", base + "&sort=due")).get(2)).isEqualTo(xavier);

    JsonNode first = board("secretariat", base + "&sort=name&size=2");
    JsonNode second = board("secretariat", base + "&sort=name&size=2&page=2");
    assertThat(first.path("pages").asInt()).isEqualTo(2);
    assertThat(keys(first)).containsExactly(xavier, yann);
    assertThat(keys(second)).containsExactly(zeta);
    assertThat(first.path("rows").get(1).path("overdue").asBoolean()).isTrue();

    // the CSV of the same page: BOM, header, the same rows in the same order, for French Excel
    HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/boards/secretariat.csv?campaign=" + year + "&sort=name&size=2"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("secretariat:secretariat".getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    String[] lines = text.substring(1).split("\r\n");
    assertThat(lines[0]).startsWith("Dossier;Demandeur;Campagne;Étape en cours;Échéance;En retard;Issue;Financement");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith(xavier + ";Xavier Xérès;" + year + ";Décision d'entrée;");
    assertThat(lines[2]).startsWith(yann + ";Yann Ygrec;" + year + ";Vérifier le dossier d'entrée;").contains(";oui;En cours;");
  }

  @Test
  void badFilterValuesAreRefusedInFrench() {
    int year = CerFixtures.emptyCampaign(demo, 10);
    for (String query : List.of("page=0", "page=deux", "sort=couleur", "overdue=peut-etre", "step=inconnue", "outcome=GAGNE",
        "campaign=vingt", "size=5000")) {
      // the first value of a repeated parameter counts: a bad campaign goes alone
      Http.Response r = http.as("secretariat", "secretariat").get("/api/boards/secretariat?" + query
          + (query.startsWith("campaign") ? "" : "&campaign=" + year));
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.message()).as(query).containsAnyOf("page", "Tri", "retards", "Étape", "Issue", "campagne", "lignes");
    }
    assertThat(http.as("secretariat", "secretariat").get("/api/boards/secretariat.csv?page=0").status()).isEqualTo(400);
  }

  @Test
  void anApplicantHasNoBoardAndAnAnonymousCallerMustLogIn() {
    String applicant = user(Groups.CER_APPLICANTS);
    Http.Response denied = http.as(applicant, applicant).get("/api/boards/secretariat");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.message()).contains("ne vous est pas accessible");
    assertThat(http.as(applicant, applicant).get("/api/boards/secretariat.csv").status()).isEqualTo(403);
    assertThat(board(applicant, "/api/boards")).isEmpty();
    assertThat(http.as(applicant, applicant).get("/api/boards/inconnu").status()).isEqualTo(404);
    assertThat(http.anonymous().get("/api/boards/secretariat").status()).isEqualTo(401);
    // another role's board: the UFR is not the secretariat
    assertThat(http.as("ufr", "ufr").get("/api/boards/secretariat").status()).isEqualTo(403);
  }

  @Test
  void aJurorDoesNotSeeTheCandidacyTheyDeclaredALinkWith() {
    int year = CerFixtures.emptyCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
    String linked = candidacy(year, "Lina Lien");
    String other = candidacy(year, "Oscar Autre");
    verify(linked);
    verify(other);
    JurySittingHttp sitting = new JurySittingHttp(http).link("jury1", linked, "FAMILY");
    long session = sitting.sessionOf(linked);
    assertThat(sitting.sessionOf(other)).isEqualTo(session);
    sitting.convene(session);
    // before anyone declared: the page's check (readAll) answers as the one-case rule (read) does, reasons included
    String stranger = user(Groups.CER_JURY); // a juror who sits in no session of the campaign
    assertPageCheckMatchesTheRule(List.of(linked, other), "jury1", "jury2", "observateur", "secretariat", stranger);
    sitting.declare(session);
    assertPageCheckMatchesTheRule(List.of(linked, other), "jury1", "jury2", "observateur", "secretariat", stranger);

    JsonNode recused = board("jury1", "/api/boards/jury?campaign=" + year);
    assertThat(keys(recused)).contains(other).doesNotContain(linked);
    assertThat(recused.toString()).doesNotContain(linked).doesNotContain("Lina Lien");
    JsonNode mySession = null;
    for (JsonNode s : recused.path("sessions")) {
      if (s.path("id").asLong() == session) {
        mySession = s;
      }
    }
    assertThat(mySession).as("jury1 sits in the session").isNotNull();
    assertThat(mySession.path("status").asText()).isEqualTo("CONVENED");
    assertThat(mySession.path("hiddenItems").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(mySession.path("declarationsReceived").asLong()).isEqualTo(mySession.path("declarationsExpected").asLong());
    assertThat(mySession.findValuesAsText("businessKey")).contains(other).doesNotContain(linked);

    JsonNode notRecused = board("jury2", "/api/boards/jury?campaign=" + year);
    assertThat(keys(notRecused)).contains(linked, other);
    // the counts are of the same scope as the rows: the recused juror's count one candidacy fewer, per step as in total
    assertThat(recused.path("summary").path("cases").asLong()).isEqualTo(recused.path("total").asLong());
    assertThat(notRecused.path("summary").path("cases").asLong()).isEqualTo(recused.path("summary").path("cases").asLong() + 1);
    long stepsOfRecused = 0;
    for (JsonNode s : recused.path("steps")) {
      stepsOfRecused += s.path("cases").asLong();
    }
    assertThat(stepsOfRecused).as("each candidacy the recused juror may read is counted at its step")
        .isGreaterThanOrEqualTo(recused.path("summary").path("cases").asLong());
    // a juror's pages, by business key either way, are slices of the same list
    List<String> all = keys(notRecused);
    assertThat(all).isSorted();
    assertThat(keys(board("jury2", "/api/boards/jury?campaign=" + year + "&size=1&page=2"))).containsExactly(all.get(1));
    List<String> descending = new ArrayList<>(all);
    java.util.Collections.reverse(descending);
    assertThat(keys(board("jury2", "/api/boards/jury?campaign=" + year + "&sort=-key&size=1&page=2")))
        .containsExactly(descending.get(1));
    assertThat(keys(board("jury2", "/api/boards/jury?campaign=" + year + "&sort=-key"))).isEqualTo(descending);
    assertThat(board("jury2", "/api/boards/jury?campaign=" + year + "&size=1&page=2").path("total").asLong())
        .isEqualTo(notRecused.path("total").asLong());
    // the secretariat follows every session of the campaign
    JsonNode secretariat = board("secretariat", "/api/boards/secretariat?campaign=" + year);
    assertThat(secretariat.path("sessions").findValuesAsText("businessKey")).contains(linked, other);
    // no rationale nor anyone's vote on a board
    assertThat(notRecused.toString()).doesNotContain("rationale").doesNotContain("Vote motivé");
  }

  @Test
  void aUfrSeesItsFacultysCespCasesOnlyAndTheCngAllAndAnArsOfAnotherRegionNone() {
    int year = 2032;
    String amiens = CespFixtures.newUfr();
    String upec = CespFixtures.newUfr();
    // the demo UFR officers: ufr for Amiens' faculty, ufr2 for UPEC's (here test faculties of the same shape)
    CespFixtures.ufrOfficer(directory, cespCampaigns.ensure(CespFixtures.campaign(year, amiens, 2)), "ufr");
    CespFixtures.ufrOfficer(directory, cespCampaigns.ensure(CespFixtures.campaign(year, upec, 2)), "ufr2");
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    var runtime = engine.getRuntimeService();
    String amiensCase = runtime.startProcessInstanceByKey(CespContractProcess.KEY,
        CespFixtures.application(year, amiens, user(Groups.CESP_APPLICANTS))).getBusinessKey();
    String upecCase = runtime.startProcessInstanceByKey(CespContractProcess.KEY,
        CespFixtures.application(year, upec, user(Groups.CESP_APPLICANTS))).getBusinessKey();
    String path = "/api/boards/ufr?campaign=" + year + "&size=200";

    assertThat(keys(board("ufr", path))).contains(amiensCase).doesNotContain(upecCase);
    assertThat(keys(board("ufr2", path))).contains(upecCase).doesNotContain(amiensCase);
    JsonNode ufrPage = board("ufr", path + "&q=" + amiensCase);
    assertThat(ufrPage.path("rows").get(0).path("faculty").asText()).isEqualTo(amiens);
    assertThat(ufrPage.path("rows").get(0).path("tasks").get(0).path("step").asText()).isEqualTo("checkCompleteness");
    assertThat(ufrPage.path("quota").path("quota").asInt()).isGreaterThanOrEqualTo(2);
    // CESP_5: the residents' and the students' quotas, each with its places used and left
    assertThat(ufrPage.path("quota").path("parts")).extracting(p -> p.path("label").asText()).containsExactly("Internes", "Étudiants");
    assertThat(ufrPage.path("quota").path("parts").get(1).path("quota").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(ufrPage.path("quota").path("parts").get(1).path("left").isNumber()).isTrue();

    JsonNode cng = board("cng", "/api/boards/cng?campaign=" + year + "&size=200");
    assertThat(keys(cng)).contains(amiensCase, upecCase);
    assertThat(cng.path("rows").get(0).path("allowancePaidCents").isNumber()).isTrue();
    // restricted data never reaches a board: not even the masked IBAN
    assertThat(cng.toString()).doesNotContain(CespFixtures.VALID_IBAN).doesNotContain("****");

    // both test faculties are in Hauts-de-France: the ARS of Île-de-France sees none of their cases
    assertThat(keys(board("ars", "/api/boards/ars?campaign=" + year + "&size=200"))).contains(amiensCase, upecCase);
    assertThat(keys(board("ars2", "/api/boards/ars?campaign=" + year + "&size=200"))).doesNotContain(amiensCase, upecCase);
    assertThat(http.as("ufr", "ufr").get("/api/boards/cng").status()).isEqualTo(403);
    assertThat(http.as("cng", "cng").get("/api/boards/ufr").status()).isEqualTo(403);
  }

  @Test
  void thePageOfBoardsIsServedToTheSecretariatAndRefusedToAnApplicant() {
    int year = CerFixtures.emptyCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String key = candidacy(year, "Paula Page");
    Http.Response page = http.as("secretariat", "secretariat").get("/tableaux/secretariat?campaign=" + year);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Tableaux de bord").contains(key).contains("Paula Page").contains("Exporter cette page en CSV");
    String applicant = user(Groups.CER_APPLICANTS);
    assertThat(http.as(applicant, applicant).get("/tableaux").status()).isEqualTo(403);
    assertThat(http.as("secretariat", "secretariat").get("/tableaux/secretariat?page=0").status()).isEqualTo(400);
  }
}
