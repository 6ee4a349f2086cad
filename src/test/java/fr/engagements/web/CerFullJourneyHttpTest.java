package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.support.TestDirectory;
import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.Allowances;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDocuments;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CER candidacy from its start to {@code RESEARCH_COMPLETED} over {@code /engine-rest}, every step by
 * the user of its group (Basic credentials), jobs executed over HTTP as the job executor would, time
 * moved where timers must fire; and the refusals a client gets on the way.
 */
@EngineTest
class CerFullJourneyHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  AllowanceRates rates;
  @Autowired
  Ledger ledger;
  @Autowired
  DirectoryDemoData directory;

  /** Lookups and job execution: an administrator, as Cockpit or the job executor would. */
  Http http;
  int year;
  String applicant;

  @BeforeEach
  void setUp() {
    user("demo", Groups.ADMIN);
    http = Http.at(port).as("demo", "demo");
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
    applicant = CerFixtures.newApplicantId();
    user(applicant, Groups.CER_APPLICANTS);
    user("secretariat", Groups.CER_SECRETARIAT);
    user("jury1", Groups.CER_JURY);
    user("directeur", Groups.LAB_DIRECTORS);
    user("chefservice", Groups.HEADS_OF_DEPARTMENT);
    user("doyen", Groups.DEANS);
    user("coordonnateur", Groups.DES_COORDINATORS);
    user("ars", Groups.ARS);
    // the institutions of the project and their agents (CER_P11): the "1" demo users act in Amiens
    TestDirectory.ensure(demoProfile, directory);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private void user(String id, String group) {
    identity.ensureUser(id, "Prénom", "Nom " + id, id + "@example.fr", id, List.of(group));
  }

  /** The client of this user (password = user id). */
  private Http as(String user) {
    return Http.at(port).as(user, user);
  }

  private String taskId(String pid, String key) {
    JsonNode tasks = http.get("/engine-rest/task?maxResults=100&processInstanceId=" + pid + "&taskDefinitionKey=" + key).json();
    assertThat(tasks).as("task %s", key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private Http.Response complete(String user, String pid, String key, Vars variables) {
    return as(user).post("/engine-rest/task/" + taskId(pid, key) + "/complete", variables.body());
  }

  private void completeOk(String user, String pid, String key, Vars variables) {
    Http.Response r = complete(user, pid, key, variables);
    assertThat(r.status()).as("%s completes %s: %s", user, key, r.body()).isEqualTo(204);
  }

  /** Executes the instance's due jobs over HTTP until none is left, as the job executor would. */
  private int executeJobs(String pid) {
    int executed = 0;
    for (int guard = 0; guard < 500; guard++) {
      JsonNode jobs = http.get("/engine-rest/job?maxResults=100&processInstanceId=" + pid + "&executable=true").json();
      if (jobs.isEmpty()) {
        return executed;
      }
      Http.Response r = http.post("/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", "{}");
      assertThat(r.status()).as(r.body()).isEqualTo(204);
      executed++;
    }
    throw new AssertionError("jobs keep coming in " + pid);
  }

  private JsonNode variable(String pid, String name) {
    JsonNode found = http.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pid + "&variableName=" + name).json();
    assertThat(found).as(name).hasSize(1);
    return found.get(0).path("value");
  }

  /** Every variable name of the contract (the typed {@code Var} constants): what a person must never read. */
  private static Set<String> contractNames() {
    Set<String> names = new TreeSet<>();
    for (Class<?> holder : List.of(CerCandidacyProcess.class, fr.engagements.cer.jury.CerJurySessionProcess.class)) {
      for (Field field : holder.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Var.class.isAssignableFrom(field.getType())) {
          try {
            names.add(((Var<?>) field.get(null)).name());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return names;
  }

  /**
   * The applicant's timeline: what a person reads in it (labels, texts, who did it, when, what comes next) is
   * French, without one contract name; only the keys for programs ({@code name}, {@code step}, {@code kind})
   * keep them. While the case is open, it ends with what is awaited (issue 13, item 6).
   */
  private JsonNode timelineInWordsOfPeople(String businessKey, boolean open) {
    Http.Response response = as(applicant).get("/api/candidacies/" + businessKey + "/timeline");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode timeline = response.json();
    List<String> texts = new ArrayList<>(List.of(timeline.path("stateLabel").asText(), timeline.path("outcomeLabel").asText()));
    for (JsonNode event : timeline.path("events")) {
      for (String field : List.of("label", "stepName", "decisionText", "by", "timeText")) {
        texts.add(event.path(field).asText());
      }
      texts.add(event.path("actor").path("name").asText());
      event.path("details").forEach(d -> {
        texts.add(d.path("label").asText());
        texts.add(d.path("text").asText());
      });
      if (!"NEXT_STEP".equals(event.path("kind").asText())) {
        assertThat(event.path("by").asText()).as("who did « %s »", event.path("label").asText()).isNotBlank();
        assertThat(event.path("timeText").asText()).as("when « %s » happened", event.path("label").asText())
            .matches("\\d{2}/\\d{2}/\\d{4} à \\d{2}h\\d{2}");
      }
    }
    for (JsonNode next : timeline.path("nextSteps")) {
      texts.add(next.path("label").asText());
      texts.add(next.path("from").asText());
      texts.add(next.path("dueText").asText());
    }
    for (String name : contractNames()) {
      Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
      assertThat(texts).as("« %s » in what people read", name).noneMatch(t -> word.matcher(t).find());
    }
    JsonNode events = timeline.path("events");
    if (open) {
      assertThat(timeline.path("nextSteps")).as("what the open case waits for").isNotEmpty();
      assertThat(events.get(events.size() - 1).path("kind").asText()).isEqualTo("NEXT_STEP");
      assertThat(events.get(events.size() - 1).path("label").asText()).startsWith("Prochaine étape : ");
    } else {
      assertThat(timeline.path("nextSteps")).isEmpty();
      assertThat(events.get(events.size() - 1).path("kind").asText()).isEqualTo("ENDED");
    }
    return timeline;
  }

  private Vars project(int researchMonths) {
    return Vars.of()
        .string("specialty", DirectoryDemoData.AMIENS_SPECIALTY)
        .string("subdivision", DirectoryDemoData.AMIENS_SUBDIVISION)
        .string("laboratory", DirectoryDemoData.AMIENS_LAB)
        .string("hostDepartment", DirectoryDemoData.AMIENS_DEPARTMENT)
        .string("faculty", DirectoryDemoData.AMIENS_FACULTY)
        .integer("researchMonths", researchMonths)
        .file("scientificProject", "projet.pdf", TestDocuments.PDF, "application/pdf")
        .file("residencyPlan", "maquette.pdf", TestDocuments.PDF, "application/pdf")
        .file("prerequisitesProof", "prerequis.pdf", TestDocuments.PDF, "application/pdf")
        .file("cv", "cv.pdf", TestDocuments.PDF, "application/pdf");
  }

  /** Starts a candidacy over HTTP and takes it to submitProject: dossier verified, admitted, funded, first month paid. */
  private String admittedCandidacy() {
    Http.Response started = as(applicant).post("/engine-rest/process-definition/key/cer-candidacy/start", Vars.of()
        .string("applicantId", applicant)
        .string("applicantName", "Inès Laurent")
        .string("applicantEmail", applicant + "@etu.example.fr")
        .string("applicantProfile", "DOUBLE_CURSUS")
        .string("doctorateType", "RESEARCH")
        .string("doctorateStatus", "OBTAINED")
        .string("doctorateDate", year + "-06-20")
        .string("dfasm1StartDate", year + "-09-01")
        .integer("medicalStudiesReturnYear", year)
        .integer("campaignYear", year)
        .string("researchLab", "U1016 Inserm — Institut Cochin")
        .string("otherFunding", "NONE")
        .file("doctorateProof", "these.pdf", TestDocuments.PDF, "application/pdf")
        .file("labAttachmentProof", "rattachement.pdf", TestDocuments.PDF, "application/pdf")
        .file("motivationLetter", "lettre.pdf", TestDocuments.PDF, "application/pdf").body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pid = started.json().path("id").asText();
    completeOk("secretariat", pid, "verifyDossier", Vars.of().bool("dossierComplete", true));
    // the jury admits in session (CER_J5): a session planned for the day
    new JurySittingHttp(Http.at(port)).decision("ADMITTED").motivation("Parcours de recherche remarquable, projet clinique cohérent.")
        .sit(started.json().path("businessKey").asText());
    assertThat(executeJobs(pid)).as("funding, then the first month of allowance").isEqualTo(2);
    return pid;
  }

  @Test
  void CER_P2_O2_aProjectWithFewerThanSixResearchMonthsIsAnswered400WithTheReasonAndTheTaskStaysOpen() {
    String pid = admittedCandidacy();
    String task = taskId(pid, "submitProject");

    Http.Response refused = as(applicant).post("/engine-rest/task/" + task + "/complete", project(5).body());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("researchMonths", "au moins 6 mois", "CER_O2", "5 mois");
    assertThat(taskId(pid, "submitProject")).isEqualTo(task);
    assertThat(http.get("/engine-rest/process-instance/" + pid + "/variables/researchMonths").status()).isEqualTo(404);

    Http.Response forged = as(applicant).post("/engine-rest/task/" + task + "/complete",
        project(12).string("assignedPost", "Chirurgie — Paris").body());
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.message()).contains("assignedPost");
    assertThat(taskId(pid, "submitProject")).isEqualTo(task);
  }

  @Test
  void aCandidacyGoesFromItsStartToResearchCompletedOverHttp() {
    String pid = admittedCandidacy();

    // the project, first with too little research, then as it should be
    assertThat(complete(applicant, pid, "submitProject", project(5)).status()).isEqualTo(400);
    completeOk(applicant, pid, "submitProject", project(18));
    String key = http.get("/engine-rest/process-instance/" + pid).json().path("businessKey").asText();
    JsonNode waiting = timelineInWordsOfPeople(key, true);
    // each signature is awaited from the institution the project names (CER_P3), in words
    assertThat(waiting.path("nextSteps").findValuesAsText("from")).contains(
        "Directeur ou directrice du laboratoire — UMR 1234 Inserm — Physiologie cardiovasculaire (Amiens)",
        "Doyen de la faculté — UFR de Médecine d'Amiens");
    assertThat(waiting.path("nextSteps").get(0).path("dueText").asText()).matches("\\d{2}/\\d{2}/\\d{4}");

    // the four signatures, then the ARS once the DES coordinator agreed (CER_P3)
    completeOk("directeur", pid, "signLabDirector", Vars.of().bool("labDirectorApproved", true));
    completeOk("chefservice", pid, "signHeadOfDepartment", Vars.of().bool("headOfDepartmentApproved", true)
        .string("headOfDepartmentComment", "Le service accueillera l'interne."));
    completeOk("doyen", pid, "signDean", Vars.of().bool("deanApproved", true));
    completeOk("coordonnateur", pid, "signDesCoordinator", Vars.of().bool("desCoordinatorApproved", true));
    assertThat(executeJobs(pid)).as("one continuation per signature").isEqualTo(4);
    completeOk("ars", pid, "approveArs", Vars.of().bool("arsApproved", true).string("arsComment", "Poste ouvert à Amiens."));
    executeJobs(pid);
    JsonNode signed = timelineInWordsOfPeople(key, true);
    // each signature is the signer's, in the signer's role; the system's steps are the system's
    assertThat(signed.path("events").findValuesAsText("by"))
        .anyMatch(by -> by.endsWith(" (Le doyen de la faculté d'accueil)"))
        .anyMatch(by -> by.endsWith(" (L'agence régionale de santé (ARS))"))
        .contains("le système");
    assertThat(signed.path("nextSteps").get(0).path("from").asText()).isEqualTo("Secrétariat national du CER");

    // defense (CER_P5), held and recorded (CER_P9), then the post decision; its lateness escalates 14 days before
    // the matching date (CER_P7)
    completeOk("secretariat", pid, "scheduleDefense", Vars.of().string("defenseDate", (year + 3) + "-05-20"));
    CerFixtures.setToday(LocalDate.of(year + 3, 5, 21));
    executeJobs(pid); // the allowance months, and the defense day
    completeOk("secretariat", pid, "recordDefense", Vars.of().bool("defenseHeld", true));
    CerFixtures.setToday(LocalDate.of(year + 3, 6, 1));
    executeJobs(pid); // the allowance months up to June, and the escalation
    completeOk("secretariat", pid, "escalateLateDecision", Vars.of());
    new JurySittingHttp(Http.at(port)).decision("GRANTED").motivation("Soutenance convaincante ; maquette et encadrement solides.")
        .sit(http.get("/engine-rest/process-instance/" + pid).json().path("businessKey").asText());
    executeJobs(pid); // the post is granted, its obligation recorded

    String businessKey = http.get("/engine-rest/process-instance/" + pid).json().path("businessKey").asText();
    assertThat(http.get("/engine-rest/process-instance/" + pid + "/variables/assignedPost").json().path("value").asText())
        .isEqualTo("Médecine cardiovasculaire — Amiens");
    timelineInWordsOfPeople(businessKey, true);
    // the research months are confirmed once they can have been served (CER_P10): the 3rd cycle plus the 18 planned
    String definition = http.get("/engine-rest/process-instance/" + pid).json().path("definitionId").asText();
    String timer = http.get("/engine-rest/job-definition?maxResults=10&activityIdIn=researchServable&processDefinitionId=" + definition).json()
        .get(0).path("id").asText();
    JsonNode servable = http.get("/engine-rest/job?maxResults=10&processInstanceId=" + pid + "&jobDefinitionId=" + timer).json();
    assertThat(servable).as("waiting for the research months to be served").hasSize(1);
    assertThat(http.get("/engine-rest/task?maxResults=10&processInstanceId=" + pid + "&taskDefinitionKey=confirmResearchPeriod").json()).isEmpty();
    Http.Response fired = http.post("/engine-rest/job/" + servable.get(0).path("id").asText() + "/execute", "{}");
    assertThat(fired.status()).as(fired.body()).isEqualTo(204);
    completeOk("coordonnateur", pid, "confirmResearchPeriod", Vars.of().integer("researchMonthsCompleted", 18));
    timelineInWordsOfPeople(businessKey, false);

    JsonNode history = http.get("/engine-rest/history/process-instance/" + pid).json();
    assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(variable(pid, "outcome").asText()).isEqualTo("RESEARCH_COMPLETED");
    assertThat(variable(pid, "postDecision").asText()).isEqualTo("GRANTED");
    assertThat(variable(pid, "allowancePaidCents").asLong()).as("October of year 1 to June of year 4")
        .isEqualTo(Allowances.of(rates, ContractKind.CER).gross(LocalDate.of(year, 10, 1), 33));
    assertThat(http.get("/engine-rest/task?maxResults=100&processInstanceId=" + pid).json()).isEmpty();
    // CER_F1: the allowance still due when the candidacy closed goes on in its public-service follow-up, to the 3rd
    // cycle; only then are the months owed counted, one per month paid (CER_F3): 35 owed for 35 paid
    assertThat(ledger.entriesOf(businessKey)).noneMatch(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION);
    JsonNode followUp = http.get("/engine-rest/process-instance?maxResults=10&processDefinitionKey=cer-public-service&businessKey=" + businessKey).json();
    assertThat(followUp).hasSize(1);
    for (int month = 7; month <= 9; month++) {
      CerFixtures.setToday(LocalDate.of(year + 3, month, 1));
      executeJobs(followUp.get(0).path("id").asText());
    }
    assertThat(ledger.allowanceMonthsPaid(businessKey)).as("October of year 1 to August of year 4").isEqualTo(35);
    assertThat(ledger.entriesOf(businessKey)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION)
        .singleElement().extracting(LedgerEntry::getMonths).as("one month owed per month paid (CER_F3)").isEqualTo(35);
  }

  /** The lists the forms suggest (CER_P4), and the signers the one signing form serves (CER_P3). */
  @Test
  void CER_P3_P4_referenceListsOfSignersSpecialtiesAndSubdivisionsAreServedAsData() {
    JsonNode specialties = http.get("/api/reference/des-specialties").json();
    JsonNode subdivisions = http.get("/api/reference/subdivisions").json();
    JsonNode signers = http.get("/api/reference/cer-signers").json();

    assertThat(signers.findValuesAsText("taskKey"))
        .containsExactly("signLabDirector", "signHeadOfDepartment", "signDean", "signDesCoordinator", "approveArs");
    assertThat(signers.get(2).path("role").asText()).isEqualTo("le doyen de la faculté d'accueil");
    assertThat(signers.get(2).path("approved").asText()).isEqualTo("deanApproved");
    assertThat(signers.get(2).path("comment").asText()).isEqualTo("deanComment");
    assertThat(Http.at(port).anonymous().get("/api/reference/cer-signers").status()).isEqualTo(401);

    assertThat(specialties.isArray()).isTrue();
    assertThat(specialties).hasSize(44);
    assertThat(specialties.toString()).contains("\"Neurologie\"", "\"Médecine générale\"");
    assertThat(subdivisions).hasSize(28);
    assertThat(subdivisions.toString()).contains("\"Île-de-France\"", "\"Océan Indien\"");
  }
}
