package fr.engagements.bench;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.directory.AgentRole;
import fr.engagements.directory.Directory;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A national year: CESP contracts (10 faculties) and CER candidacies of one campaign year through their whole
 * flow, month by month for three years (every monthly payment and commitment month as the job executor would
 * run them), on {@code threads} threads.
 */
final class NationalYear {

  static final String VALID_IBAN = "FR7630006000011234567890189";

  private final Driver driver;
  private final CespCampaigns campaigns;
  private final ReferenceData reference;
  private final CerDemoData demo;
  private final Sitting sitting;
  private final Directory directory;
  private final int year;
  private final int threads;

  NationalYear(Driver driver, CespCampaigns campaigns, ReferenceData reference, CerDemoData demo, Sitting sitting,
      Directory directory, int year, int threads) {
    this.driver = driver;
    this.sitting = sitting;
    this.directory = directory;
    this.campaigns = campaigns;
    this.reference = reference;
    this.demo = demo;
    this.year = year;
    this.threads = threads;
  }

  record Contract(String ufr, String applicantId, String processInstanceId, String businessKey) {
  }

  /** Runs it; returns its figures. */
  Map<String, Object> run(int cespContracts, int cerCandidacies) {
    long t0 = System.nanoTime();
    long tx0 = driver.transactions.get();
    long mailTx0 = driver.mailTransactions.get();
    long mails0 = driver.mails.calls.get();
    long sittings0 = sitting.sittings.get();
    int faculties = Math.min(10, Math.max(1, cespContracts / 10));
    int quota = (int) Math.ceil((double) cespContracts / faculties);
    reference.ensureArsAgent("ars", "HDF");
    demo.ensureCerCampaign(year, cerCandidacies);
    Driver.setToday(LocalDate.of(year, 10, 1));
    List<String> ufrs = new ArrayList<>();
    for (int f = 1; f <= faculties; f++) {
      String ufr = String.format("N%03d", f);
      ufrs.add(ufr);
      // the faculty in the directory, its UFR officer the demo's `ufr`: the faculty's tasks are offered to its officers only
      directory.addAgent(directory.ensureInstitution(InstitutionKind.FACULTY, ufr, "UFR " + ufr, "HDF"), AgentRole.UFR_OFFICER, "ufr",
          false, null);
      campaigns.ensure(new CespCampaign(year, ufr, "UFR " + ufr, "HDF", LocalDate.of(year, 11, 21), LocalDate.of(year + 1, 1, 17), 0, quota)); // every applicant here is a student (CESP_5: their own quota)
    }
    AtomicInteger nextApplicant = new AtomicInteger();
    List<Contract> contracts = java.util.Collections.synchronizedList(new ArrayList<>());
    // October: applications, commission, offers, signatures, registration and first payment (one faculty per thread at a time)
    Driver.parallel(ufrs, threads, ufr -> {
      ProcessInstance campaign = driver.start(CespCampaignProcess.KEY,
          Map.of(CespCampaignProcess.CAMPAIGN_YEAR.name(), year, CespCampaignProcess.UFR.name(), ufr));
      List<Contract> mine = new ArrayList<>();
      for (int rank = 1; rank <= quota; rank++) {
        String applicant = "bench-cesp" + nextApplicant.incrementAndGet();
        ProcessInstance pi = driver.start(KEY, application(ufr, applicant));
        String key = driver.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
            .getBusinessKey();
        Contract contract = new Contract(ufr, applicant, pi.getId(), key);
        driver.complete("ufr", Groups.UFR, pi.getId(), Tasks.CHECK_COMPLETENESS, Variables.putValue(DOSSIER_COMPLETE.name(), true));
        driver.complete("ufr", Groups.UFR, pi.getId(), Tasks.RECORD_COMMISSION_OPINION, Variables
            .putValue(COMMISSION_OPINION.name(), "FAVORABLE").putValue(COMMISSION_LIST.name(), CommissionList.MAIN.name())
            .putValue(COMMISSION_RANK.name(), rank).putValue(DECLARED_RANK.name(), rank).putValue(COMMISSION_RATIONALE.name(), "Projet d'installation motivé et cohérent."));
        driver.runCaseJobs(key, pi.getId());
        mine.add(contract);
      }
      driver.complete("ufr", Groups.UFR, campaign.getId(), CespCampaignProcess.Tasks.CLOSE_APPLICATIONS,
          Variables.putValue(CespCampaignProcess.CLOSE_EARLY_CONFIRMED.name(), true));
      driver.complete("ufr", Groups.UFR, campaign.getId(), CespCampaignProcess.Tasks.CLOSE_COMMISSION,
          Variables.putValue(CespCampaignProcess.COMMISSION_DATE.name(), year + "-10-01"));
      driver.runCaseJobs(null, campaign.getId());
      for (Contract c : mine) {
        driver.runCaseJobs(c.businessKey(), c.processInstanceId(), campaign.getId());
        driver.complete(c.applicantId(), "none", c.processInstanceId(), Tasks.SIGN_CONTRACT, Variables.putValue(CONTRACT_SIGNED.name(), true));
        driver.runCaseJobs(c.businessKey(), c.processInstanceId(), campaign.getId());
        driver.complete("cng", Groups.CNG, c.processInstanceId(), Tasks.REGISTER_CONTRACT, Variables
            .putValue(BANK_DETAILS_CHECKED.name(), true).putValue(ALLOWANCE_START_DATE.name(), year + "-10-01"));
        driver.runCaseJobs(c.businessKey(), c.processInstanceId());
      }
      contracts.addAll(mine);
    });
    // CER: entry, project and the five signatures in October; the defense is set for May of the 4th year
    List<CerJourney> candidacies = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < cerCandidacies; i++) {
      numbers.add(i);
    }
    // the entry sessions of November decide them by agendas of at most SESSION_CAPACITY candidacies each
    sitting.retire(year);
    for (List<Integer> round : rounds(numbers)) {
      JurySession entry = sitting.plan(year, JurySession.Kind.ENTRY, LocalDate.of(year, 11, 15));
      Driver.parallel(Driver.split(round, threads), threads, part -> {
        for (int ignored : part) {
          candidacies.add(CerJourney.start(driver, year).verifyDossier());
        }
      });
      sitting.sit(entry, "ADMITTED", "Parcours de recherche solide et projet motivé.");
    }
    Driver.parallel(Driver.split(candidacies, threads), threads, part -> part.forEach(c -> c.afterSession().submitProject().allSign()
        .scheduleDefense(LocalDate.of(year + 3, 5, 15))));
    long monthlyJobs = 0;
    LocalDate diploma = LocalDate.of(year + 1, 6, 30);
    for (LocalDate month = LocalDate.of(year, 11, 1); !month.isAfter(LocalDate.of(year + 3, 10, 1)); month = month.plusMonths(1)) {
      if (month.equals(LocalDate.of(year + 1, 7, 1))) {
        Driver.setToday(diploma);
        monthlyJobs += driver.drainJobs(threads);
        Driver.parallel(Driver.split(contracts, threads), threads, part -> part.forEach(c -> driver.complete("ufr", Groups.UFR,
            c.processInstanceId(), Tasks.CONFIRM_END_OF_STUDIES, Variables.putValue(DIPLOMA_DATE.name(), diploma.toString()))));
      }
      if (month.equals(LocalDate.of(year + 3, 6, 1))) {
        Driver.setToday(LocalDate.of(year + 3, 5, 15));
        monthlyJobs += driver.drainJobs(threads);
        // the defenses, then the post sessions of the same day, SESSION_CAPACITY candidacies each
        for (List<CerJourney> round : rounds(candidacies)) {
          JurySession post = sitting.plan(year, JurySession.Kind.POST, LocalDate.of(year + 3, 5, 15));
          Driver.parallel(Driver.split(round, threads), threads, part -> part.forEach(CerJourney::recordDefense));
          sitting.sit(post, "GRANTED", "Soutenance convaincante, projet solide.");
          Driver.parallel(Driver.split(round, threads), threads, part -> part.forEach(CerJourney::afterSession));
        }
      }
      Driver.setToday(month);
      monthlyJobs += driver.drainJobs(threads);
      if (month.equals(LocalDate.of(year + 1, 7, 1))) {
        Driver.parallel(Driver.split(contracts, threads), threads, part -> part.forEach(c -> {
          driver.complete(c.applicantId(), "none", c.processInstanceId(), Tasks.CHOOSE_PRACTICE_PLACE, Variables
              .putValue(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG").putValue(PRACTICE_MODE.name(), "SALARIED")
              .putValue(COMMITMENT_START_DATE.name(), (year + 1) + "-09-01"));
          driver.complete("ars", Groups.ARS, c.processInstanceId(), Tasks.APPROVE_INSTALLATION,
              Variables.putValue(INSTALLATION_APPROVED.name(), true));
          driver.runCaseJobs(c.businessKey(), c.processInstanceId());
        }));
      }
      if (month.equals(LocalDate.of(year + 3, 9, 1))) {
        Driver.parallel(Driver.split(contracts, threads), threads, part -> part.forEach(c -> {
          driver.complete("ars", Groups.ARS, c.processInstanceId(), Tasks.CONFIRM_COMMITMENT_END,
              Variables.putValue(COMMITMENT_END_REMARKS.name(), "Exercice accompli."));
          driver.runCaseJobs(c.businessKey(), c.processInstanceId());
        }));
      }
    }
    Driver.parallel(Driver.split(candidacies, threads), threads, part -> part.forEach(CerJourney::confirmResearchPeriod));
    monthlyJobs += driver.drainJobs(threads);
    double seconds = (System.nanoTime() - t0) / 1e9;

    long cespEnded = contracts.stream().filter(c -> driver.engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).count() == 0).count();
    long cerEnded = candidacies.stream().filter(c -> driver.engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(c.processInstanceId).count() == 0).count();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cespContracts", contracts.size());
    result.put("cespEnded", cespEnded);
    result.put("cerCandidacies", candidacies.size());
    result.put("cerEnded", cerEnded);
    result.put("allowancePayments", allowancePayments());
    result.put("jobsOnMonthlyRuns", monthlyJobs);
    result.put("engineTransactions", driver.transactions.get() - tx0);
    // issue 17: the e-mails go through the outbox, not the engine (claims and SENT updates, not counted above)
    result.put("mailsSent", driver.mails.calls.get() - mails0);
    result.put("mailTransactions", driver.mailTransactions.get() - mailTx0);
    result.put("jurySittings", sitting.sittings.get() - sittings0);
    result.put("seconds", round(seconds));
    return result;
  }

  private static <T> List<List<T>> rounds(List<T> items) {
    List<List<T>> rounds = new ArrayList<>();
    for (int i = 0; i < items.size(); i += CerJourney.SESSION_CAPACITY) {
      rounds.add(new ArrayList<>(items.subList(i, Math.min(items.size(), i + CerJourney.SESSION_CAPACITY))));
    }
    return rounds;
  }

  private long allowancePayments() {
    return driver.engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("payAllowance").finished().count();
  }

  private VariableMap application(String ufr, String applicantId) {
    return Variables.createVariables()
        .putValue(APPLICANT_ID.name(), applicantId)
        .putValue(APPLICANT_NAME.name(), "Inès Lefebvre " + applicantId)
        .putValue(APPLICANT_EMAIL.name(), applicantId + "@etu.example.fr")
        .putValue(CAMPAIGN_YEAR.name(), year)
        .putValue(UFR.name(), ufr)
        .putValue(STUDY_LEVEL.name(), "STUDENT")
        .putValue(STUDY_YEAR.name(), 4)
        .putValue(FOREIGN_NATIONAL.name(), false)
        .putValue(EXPECTED_DIPLOMA_DATE.name(), (year + 1) + "-06-30")
        .putValue(BANK_ACCOUNT_HOLDER.name(), "Inès Lefebvre")
        .putValueTyped(IBAN.name(), Variables.stringValue(VALID_IBAN, true))
        .putValueTyped(BANK_DETAILS.name(), Variables.fileValue("rib.pdf").file(Driver.PDF).mimeType("application/pdf")
            .setTransient(true).create())
        .putValue(APPLICATION_FORM.name(), Driver.pdf("formulaire"))
        .putValue(SCHOOLING_CERTIFICATE.name(), Driver.pdf("scolarite"))
        .putValue(IDENTITY_DOCUMENT.name(), Driver.pdf("identite"))
        .putValue(CV.name(), Driver.pdf("cv"))
        .putValue(MOTIVATION_LETTER.name(), Driver.pdf("motivation"))
        .putValue(RANKING_DECLARATION.name(), Driver.pdf("classement"))
        .putValue(TRANSCRIPTS.name(), Driver.pdf("releves"));
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
