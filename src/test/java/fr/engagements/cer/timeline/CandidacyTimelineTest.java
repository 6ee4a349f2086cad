package fr.engagements.cer.timeline;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySitting;
import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.config.EngineClock;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Http;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/candidacies/{businessKey}/timeline}: a candidacy taken through several steps, read
 * back from history over HTTP — who did what, when, with which decision and rationale, and which table
 * version decided automatically; and who may read it.
 */
class CandidacyTimelineTest extends CerProcessTestSupport {

  @LocalServerPort
  int port;
  @Autowired
  IdentitySeeder identities;

  Http http;
  String applicant;
  String otherApplicant;
  String secretary;

  @BeforeEach
  void users() {
    http = Http.at(port);
    applicant = CerFixtures.newApplicantId();
    otherApplicant = CerFixtures.newApplicantId();
    secretary = "secretaire-" + year;
    identities.ensureUser(applicant, "Camille", "Dupont", applicant + "@etu.example.fr", applicant, List.of(Groups.CER_APPLICANTS));
    identities.ensureUser(otherApplicant, "Léa", "Martin", otherApplicant + "@etu.example.fr", otherApplicant,
        List.of(Groups.CER_APPLICANTS));
    identities.ensureUser(secretary, "Sacha", "Bernard", secretary + "@staff.example.fr", secretary, List.of(Groups.CER_SECRETARIAT));
    identities.ensureUser("jury1", "Paul", "Durand", "jury1@staff.example.fr", "jury1", List.of(Groups.CER_JURY));
    // the jury sits on the day of the test's steps, so that the timeline's times stay those of the steps
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
  }

  private void juryDecides(ProcessInstance pi, String decision, String motivation) {
    JurySitting sitting = sitting().decide(key -> decision).motivation(motivation);
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year));
  }

  private void at(int hour) {
    CerFixtures.setNow(LocalDateTime.of(year, 10, 1, hour, 0));
  }

  private OffsetDateTime time(int hour) {
    return LocalDateTime.of(year, 10, 1, hour, 0).atZone(EngineClock.ZONE).toOffsetDateTime();
  }

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  /** Filed by the applicant without the motivation letter, sent back once, then admitted and funded. */
  private ProcessInstance candidacyThroughSeveralSteps() {
    at(9);
    VariableMap vars = CerFixtures.eligibleCandidacy(year, applicant);
    vars.remove(MOTIVATION_LETTER.name());
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(vars);
    asSystem();
    at(10);
    completeAs(applicant, Groups.CER_APPLICANTS, pi, Tasks.COMPLETE_DOSSIER,
        withVariables(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation")));
    at(11);
    completeAs(secretary, Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER,
        withVariables(DOSSIER_COMPLETE.name(), false, DOSSIER_REMARKS.name(), "La lettre de motivation n'est pas signée."));
    at(12);
    completeAs(applicant, Groups.CER_APPLICANTS, pi, Tasks.COMPLETE_DOSSIER,
        withVariables(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation-signee")));
    at(13);
    completeAs(secretary, Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER, withVariables(DOSSIER_COMPLETE.name(), true));
    at(14);
    juryDecides(pi, "ADMITTED", "Projet de recherche cohérent et motivation solide.");
    at(15);
    executeJob(pi); // funding
    at(16);
    executeJob(pi); // first monthly allowance
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    return pi;
  }

  private static List<JsonNode> events(JsonNode timeline) {
    List<JsonNode> events = new ArrayList<>();
    timeline.path("events").forEach(events::add);
    return events;
  }

  private static String line(JsonNode e) {
    return e.path("kind").asText() + " " + e.path("step").asText() + " " + e.path("actor").path("id").asText("-");
  }

  @Test
  void theTimelineTellsEveryStepWhoDidItWhenWithDecisionRationaleAndTableVersion() {
    ProcessInstance pi = candidacyThroughSeveralSteps();
    String key = businessKey(pi);

    Http.Response response = http.as(applicant, applicant).get("/api/candidacies/" + key + "/timeline");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode timeline = response.json();
    assertThat(timeline.path("businessKey").asText()).isEqualTo(key);
    assertThat(timeline.path("applicant").path("name").asText()).isEqualTo("Camille Dupont");
    assertThat(timeline.path("state").asText()).isEqualTo("ACTIVE");
    List<JsonNode> events = events(timeline);
    assertThat(events).extracting(CandidacyTimelineTest::line).containsExactly(
        "STARTED candidacySubmitted " + applicant,
        "AUTOMATED_DECISION evaluateEligibility -",
        "TASK_CREATED completeDossier -",
        "TASK_COMPLETED completeDossier " + applicant,
        "TASK_CREATED verifyDossier -",
        "DECISION verifyDossier " + secretary,
        "TASK_CREATED completeDossier -",
        "TASK_COMPLETED completeDossier " + applicant,
        "TASK_CREATED verifyDossier -",
        "DECISION verifyDossier " + secretary,
        "TASK_CREATED decideEntry -",
        "JURY  -",
        "DECLARATION decideEntry jury1",
        "DECLARATION decideEntry jury2",
        "DECLARATION decideEntry jury3",
        "DECLARATION decideEntry jury4",
        "DECLARATION decideEntry jury5",
        "DECLARATION decideEntry jury6",
        "DECLARATION decideEntry observateur",
        "DECISION decideEntry jury3",
        "LETTER  -",
        "AUTOMATED_DECISION decideFunding -",
        "STEP notifyDean -",
        "TASK_CREATED submitProject -",
        "LETTER  -",
        "STEP payAllowance -",
        "NEXT_STEP submitProject -");
    // what the case waits for comes last: the applicant's project, until the campaign's deadline
    JsonNode next = events.get(events.size() - 1);
    assertThat(next.path("label").asText()).startsWith("Prochaine étape : Déposer le projet médico-scientifique — attendue de "
        + "le demandeur (Camille Dupont), au plus tard le ");
    assertThat(timeline.path("nextSteps")).singleElement().satisfies(n -> {
      assertThat(n.path("step").asText()).isEqualTo(Tasks.SUBMIT_PROJECT);
      assertThat(n.path("from").asText()).isEqualTo("le demandeur (Camille Dupont)");
      assertThat(n.path("dueText").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    });
    events.remove(events.size() - 1);
    assertThat(events).extracting(e -> OffsetDateTime.parse(e.path("time").asText()).toInstant()).containsExactly(
        time(9).toInstant(), time(9).toInstant(), time(9).toInstant(), time(10).toInstant(), time(10).toInstant(),
        time(11).toInstant(), time(11).toInstant(), time(12).toInstant(), time(12).toInstant(), time(13).toInstant(),
        time(13).toInstant(), time(13).toInstant(), time(14).toInstant(), time(14).toInstant(), time(14).toInstant(),
        time(14).toInstant(), time(14).toInstant(), time(14).toInstant(), time(14).toInstant(), time(14).toInstant(),
        time(14).toInstant(), time(15).toInstant(), time(15).toInstant(), time(15).toInstant(), time(15).toInstant(),
        time(16).toInstant());

    JsonNode eligibility = events.get(1);
    assertThat(eligibility.path("table").asText()).isEqualTo("cer-eligibility");
    assertThat(eligibility.path("version").asInt()).isPositive();
    assertThat(eligibility.path("label").asText()).startsWith("Décision automatique : Vérifier l'éligibilité (table « cer-eligibility », version ");
    assertThat(details(eligibility)).containsEntry("eligible", "Oui");

    JsonNode started = events.get(0);
    assertThat(started.path("actor").path("name").asText()).isEqualTo("Camille Dupont");
    assertThat(started.path("by").asText()).isEqualTo("Camille Dupont (demandeur)");
    assertThat(started.path("timeText").asText()).isEqualTo("01/10/" + year + " à 09h00");
    assertThat(eligibility.path("by").asText()).isEqualTo("le système");
    assertThat(details(started).keySet()).startsWith("applicantName", "applicantProfile", "doctorateType").doesNotContain("applicantEmail");
    assertThat(details(started)).containsEntry("documents", "La preuve du doctorat, L'attestation de rattachement au laboratoire");

    assertThat(details(events.get(2))).containsEntry("assignee", "Camille Dupont").containsEntry("dueDate", "31/10/" + year)
        .containsEntry("missingDocuments", "la lettre de motivation");
    assertThat(details(events.get(3))).containsEntry("documents", "La lettre de motivation");
    assertThat(details(events.get(4))).containsEntry("candidateGroups", "Secrétariat national du CER")
        .as("offered to the group: nobody had it when it was created").doesNotContainKey("assignee");

    JsonNode sentBack = events.get(5);
    assertThat(sentBack.path("actor").path("name").asText()).isEqualTo("Sacha Bernard");
    assertThat(sentBack.path("by").asText()).isEqualTo("Sacha Bernard (Secrétariat national du CER)");
    assertThat(sentBack.path("decision").asText()).isEqualTo("false");
    assertThat(sentBack.path("rationale").asText()).isEqualTo("La lettre de motivation n'est pas signée.");
    assertThat(sentBack.path("label").asText()).isEqualTo("Vérifier le dossier d'entrée — Dossier complet : Non");

    assertThat(events.get(11).path("label").asText()).isEqualTo("Candidature inscrite à l'ordre du jour de la session « Séance du"
        + " 1er octobre " + year + " » du 1er octobre " + year + ".");
    JsonNode declaration = events.get(12);
    assertThat(declaration.path("kind").asText()).isEqualTo("DECLARATION");
    assertThat(declaration.path("label").asText()).isEqualTo("Déclaration d'intérêts : aucun lien — Paul Durand");

    // the jury decides in session (CER_J5): the decision is the body's, signed by its president
    JsonNode entry = events.get(19);
    assertThat(entry.path("actor").path("name").asText()).isEqualTo("Marc Leroy");
    assertThat(entry.path("by").asText()).isEqualTo("le jury national en séance (session « Séance du 1er octobre " + year
        + " » du 1er octobre " + year + "), procès-verbal signé par son président Marc Leroy");
    assertThat(entry.path("decision").asText()).isEqualTo("ADMITTED");
    assertThat(entry.path("decisionText").asText()).isEqualTo("Admise");
    assertThat(entry.path("rationale").asText()).isEqualTo("Projet de recherche cohérent et motivation solide.");

    JsonNode entryLetter = events.get(20);
    assertThat(entryLetter.path("label").asText()).isEqualTo("Courrier envoyé : Décision du jury sur l'entrée au CER");
    assertThat(entryLetter.path("decisionText").asText()).isEqualTo("Admise");
    assertThat(entryLetter.path("link").asText()).matches("/api/letters/\\d+\\.pdf");

    JsonNode funding = events.get(21);
    assertThat(funding.path("table").asText()).isEqualTo("cer-funding");
    assertThat(details(funding)).containsEntry("fundingDecision", "CER financé");
    JsonNode fundingLetter = events.get(24);
    assertThat(fundingLetter.path("table").asText()).isEqualTo("cer-funding");
    assertThat(fundingLetter.path("version").asInt()).isEqualTo(funding.path("version").asInt());
    assertThat(details(events.get(25))).containsEntry("allowancePaidCents", "1 200,00 €");

    assertThat(response.body()).as("never document contents").doesNotContain("JVBERi0", "%PDF", "motivation.pdf");
  }

  @Test
  void anEndedCandidacyEndsWithItsOutcome() {
    at(9);
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(CerFixtures.eligibleCandidacy(year, applicant));
    asSystem();
    at(10);
    completeAs(secretary, Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER, withVariables(DOSSIER_COMPLETE.name(), true));
    at(11);
    juryDecides(pi, "REJECTED", "Le projet ne relève pas de la recherche.");

    JsonNode timeline = http.as(secretary, secretary).get("/api/candidacies/" + businessKey(pi) + "/timeline").json();

    assertThat(timeline.path("state").asText()).isEqualTo("ENDED");
    assertThat(timeline.path("outcome").asText()).isEqualTo("REJECTED");
    List<JsonNode> events = events(timeline);
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.path("kind").asText()).isEqualTo("ENDED");
    assertThat(last.path("outcome").asText()).isEqualTo("REJECTED");
    assertThat(last.path("label").asText()).isEqualTo("Candidature close : Candidature refusée par le jury");
    assertThat(OffsetDateTime.parse(last.path("time").asText()).toInstant()).isEqualTo(time(11).toInstant());
    JsonNode letter = events.get(events.size() - 2);
    assertThat(letter.path("kind").asText()).as("the jury's letter, before the end").isEqualTo("LETTER");
    assertThat(letter.path("decision").asText()).isEqualTo("REJECTED");
    assertThat(letter.path("link").asText()).matches("/api/letters/\\d+\\.pdf");
    assertThat(events.get(events.size() - 3).path("rationale").asText()).isEqualTo("Le projet ne relève pas de la recherche.");
  }

  @Test
  void theApplicantAndTheSecretariatMayReadAnotherApplicantMayNot() {
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(CerFixtures.eligibleCandidacy(year, applicant));
    asSystem();
    String path = "/api/candidacies/" + businessKey(pi) + "/timeline";

    assertThat(http.as(applicant, applicant).get(path).status()).isEqualTo(200);
    assertThat(http.as(secretary, secretary).get(path).status()).isEqualTo(200);
    Http.Response other = http.as(otherApplicant, otherApplicant).get(path);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.message()).isEqualTo("Vous ne pouvez consulter que vos propres dossiers.");
    assertThat(http.anonymous().get(path).status()).isEqualTo(401);
    assertThat(http.as(applicant, "wrong password").get(path).status()).isEqualTo(401);
  }

  @Test
  void anUnknownBusinessKeyIsNotFound() {
    Http.Response response = http.as(secretary, secretary).get("/api/candidacies/CER-1999-999999/timeline");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.message()).isEqualTo("Aucune candidature « CER-1999-999999 ».");
    assertThat(http.as(otherApplicant, otherApplicant).get("/api/candidacies/CER-1999-999999/timeline").status()).isEqualTo(404);
  }

  @Test
  void theTimelinePageReadsTheTimelineWithTheBrowsersTasklistSession() throws Exception {
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(CerFixtures.eligibleCandidacy(year, applicant));
    asSystem();
    String api = "/api/candidacies/" + businessKey(pi) + "/timeline";
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    // the address e-mails carry redirects to the case's page, which asks an anonymous reader to log in (401)
    HttpResponse<String> moved = browser.send(get("/timeline.html?businessKey=" + businessKey(pi)).build(), BodyHandlers.ofString());
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dossiers/" + businessKey(pi)));
    HttpResponse<String> loginFirst = browser.send(get("/dossiers/" + businessKey(pi)).build(), BodyHandlers.ofString());
    assertThat(loginFirst.statusCode()).isEqualTo(401);
    assertThat(loginFirst.body()).contains("Connectez-vous");
    assertThat(browser.send(get("/timeline.js").build(), BodyHandlers.ofString()).body()).contains("/api/candidacies/");

    HttpResponse<String> anonymous = browser.send(get(api).header("X-Requested-With", "XMLHttpRequest").build(), BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);

    // log in to Tasklist as a browser does, then the page's request carries the session
    browser.send(get("/camunda/app/tasklist/default/").build(), BodyHandlers.discarding());
    String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(BodyPublishers.ofString("username=" + applicant + "&password=" + applicant)).build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> page = browser.send(get("/dossiers/" + businessKey(pi)).build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Historique du dossier", "timeline.js");
    HttpResponse<String> timeline = browser.send(get(api).header("X-Requested-With", "XMLHttpRequest").build(), BodyHandlers.ofString());
    assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
    assertThat(timeline.body()).contains(businessKey(pi), "Candidature déposée");
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private static Map<String, String> details(JsonNode event) {
    Map<String, String> details = new java.util.LinkedHashMap<>();
    event.path("details").forEach(d -> details.put(d.path("name").asText(), d.path("text").asText()));
    return details;
  }
}
