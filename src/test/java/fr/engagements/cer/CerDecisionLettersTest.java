package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.process.FrenchFormat;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every decision of a candidacy that concerns the applicant produces exactly one dated PDF letter in French,
 * stored with the case; an automated one names its DMN table and the deployed version (CRPA L311-3-1).
 * Letters are read back with PDFBox. Today is 1 October of the campaign year.
 */
class CerDecisionLettersTest extends CerProjectTestSupport {

  /** Campaign years are few; these tests fund at most 8 candidacies, within the quota of 10. */
  private static final int[] SHARED = {0};

  @Override
  protected int campaignYear() {
    return sharedCampaign(SHARED);
  }

  @Autowired
  DecisionLetters letters;
  @Autowired
  CerCampaignRepository campaigns;

  private List<Letter> lettersOf(ProcessInstance pi) {
    return letters.ofCase(businessKey(pi));
  }

  private Letter only(ProcessInstance pi, LetterKind kind) {
    List<Letter> ofKind = lettersOf(pi).stream().filter(l -> l.kind() == kind).toList();
    assertThat(ofKind).as("letters of kind " + kind).hasSize(1);
    return ofKind.get(0);
  }

  private String text(Letter letter) {
    byte[] pdf = letters.pdf(letter.id()).orElseThrow();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    return LetterPdf.text(pdf);
  }

  private int deployedVersion(String decisionKey) {
    return repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().singleResult()
        .getVersion();
  }

  private String today() {
    return "1er octobre " + year;
  }

  @Test
  void CER_E1_anIneligibleApplicantGetsALetterNamingTheReasonTheTableAndItsVersion() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_TYPE.name(), "EXERCISE"));

    assertThat(pi).isEnded();
    assertThat(lettersOf(pi)).hasSize(1);
    Letter letter = only(pi, LetterKind.CER_INELIGIBILITY);
    assertThat(letter.ruleTable()).isEqualTo("cer-eligibility");
    assertThat(letter.ruleVersion()).isEqualTo(deployedVersion("cer-eligibility"));
    assertThat(letter.issuedOn()).isEqualTo(LocalDate.of(year, 10, 1));
    assertThat(letter.recipientId()).isEqualTo(variable(pi, APPLICANT_ID.name()));
    assertThat(letter.filename()).isEqualTo(businessKey(pi) + "-ineligibilite.pdf");
    assertThat(text(letter)).contains("Camille Dupont", businessKey(pi), "Le " + today(),
        "Décision : candidature non recevable", "thèse d'exercice",
        "table de décision « cer-eligibility », version " + deployedVersion("cer-eligibility"),
        "article L311-3-1 du code des relations entre le public et l’administration");
  }

  @Test
  void CER_J2_F1_anAdmittedApplicantGetsTheJurysLetterWithItsRationaleAndTheFundingLetterWithAmountsAndTable() {
    ProcessInstance pi = admitted(eligible());

    assertThat(lettersOf(pi)).extracting(Letter::kind).containsExactly(LetterKind.CER_ENTRY, LetterKind.CER_FUNDING);
    Letter entry = only(pi, LetterKind.CER_ENTRY);
    assertThat(entry.decision()).isEqualTo("ADMITTED");
    assertThat(entry.automated()).as("a jury decides, not a table").isFalse();
    assertThat(text(entry)).contains("Camille Dupont", "Le " + today(), "Décision : candidature admise au CER.",
        "Parcours de recherche solide et projet motivé.").doesNotContain("traitement algorithmique");

    Letter funding = only(pi, LetterKind.CER_FUNDING);
    assertThat(funding.decision()).isEqualTo("FUNDED");
    assertThat(funding.ruleTable()).isEqualTo("cer-funding");
    assertThat(funding.ruleVersion()).isEqualTo(deployedVersion("cer-funding"));
    String text = text(funding);
    AllowanceRates.Rate rate = allowance().rate(LocalDate.of(year, 10, 1)); // admitted on 1 October
    assertThat(text).contains("Décision : CER financé.", FrenchFormat.euros(rate.grossCents()), FrenchFormat.euros(rate.netCents()),
        "Contingent de contrats financés de la campagne : 10",
        "table de décision « cer-funding », version " + deployedVersion("cer-funding"), "L311-3-1");
    assertThat(LetterPdf.rawText(letters.pdf(funding.id()).orElseThrow())).as("French typography survives, glyphs embedded")
        .contains(FrenchFormat.euros(rate.grossCents()).replaceFirst(" €$", "\u00a0€").replace(' ', '\u202f'));
  }

  @Test
  void ADM_1_theJurysLetterGoesToTheApplicantsNameAndAddressNeverTheLoginAndNamesWhereToAppeal() {
    ProcessInstance pi = start(eligible().putValue(APPLICANT_ADDRESS.name(), "12 rue des Écoles\nBâtiment B\n75005 Paris"));
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.REJECTED);

    String text = text(only(pi, LetterKind.CER_ENTRY));
    String login = (String) variable(pi, APPLICANT_ID.name());
    assertThat(text).contains("Camille Dupont", "12 rue des Écoles", "Bâtiment B", "75005 Paris");
    assertThat(text).doesNotContain("Identifiant", login);
    assertThat(text.replaceAll("\\s+", " ")).contains("Voies et délais de recours", "deux mois",
        "recours gracieux auprès du jury national du Contrat d’Engagement Recherche, par lettre ou par courriel adressé au"
            + " Secrétariat national du Contrat d’Engagement Recherche, qui le transmet au jury, en rappelant la référence",
        businessKey(pi) + "/entree/1", "tribunal administratif compétent");
  }

  @Test
  void CER_J1_aRejectedApplicantGetsTheJurysLetterWithItsRationale() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.REJECTED);

    assertThat(lettersOf(pi)).extracting(Letter::kind).containsExactly(LetterKind.CER_ENTRY);
    assertThat(text(only(pi, LetterKind.CER_ENTRY))).contains("Décision : candidature non retenue.",
        "Motivation du jury", "Parcours de recherche solide et projet motivé.");
  }

  @Test
  void CER_J4_anApplicantFundedElsewhereGetsAnUnfundedLetterWithItsReason() {
    ProcessInstance pi = admitted(unfunded());

    Letter funding = only(pi, LetterKind.CER_FUNDING);
    assertThat(funding.decision()).isEqualTo("UNFUNDED");
    assertThat(text(funding)).contains("Décision : CER non financé.", "déjà financé par ailleurs (pas de cumul)",
        "« cer-funding », version " + deployedVersion("cer-funding"));
  }

  @Test
  void CER_P3_eachRefusedRoundOfSignaturesGetsItsLetterWithTheRefusersReason() {
    ProcessInstance pi = inSignatures(eligible());
    sign(pi, Signer.DEAN, false, "Le service ne peut pas accueillir d’interne supplémentaire.");
    for (Signer signer : new Signer[] {Signer.LAB_DIRECTOR, Signer.HEAD_OF_DEPARTMENT, Signer.DES_COORDINATOR}) {
      if (taskOf(pi, signer.taskKey()) != null) {
        sign(pi, signer, true, null);
      }
    }
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);

    Letter first = only(pi, LetterKind.CER_PROJECT_RETURNED);
    assertThat(first.round()).isEqualTo(1);
    assertThat(text(first)).contains("Décision : projet refusé, renvoyé pour révision.", "le doyen de la faculté d'accueil",
        "Le service ne peut pas accueillir d’interne supplémentaire.", "tour de signatures n° 1");

    submitProject(pi, project(12));
    sign(pi, Signer.LAB_DIRECTOR, false, "Projet trop court pour une thèse de science.");
    List<Letter> returned = lettersOf(pi).stream().filter(l -> l.kind() == LetterKind.CER_PROJECT_RETURNED).toList();
    assertThat(returned).extracting(Letter::round).containsExactly(1, 2);
    assertThat(returned.get(1).filename()).endsWith("-projet-renvoye-2.pdf");
    assertThat(text(returned.get(1))).contains("Projet trop court pour une thèse de science.", "tour de signatures n° 2");
  }

  @Test
  void CER_P1_aGrantedPostGetsTheJurysLetterWithThePost() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.GRANTED);

    Letter post = only(pi, LetterKind.CER_POST);
    assertThat(post.decision()).isEqualTo("GRANTED");
    assertThat(text(post)).contains("Décision : poste hors contingent accordé.", "Médecine cardiovasculaire", "Amiens",
        "Soutenance convaincante, projet solide.", "15 mai " + (year + 3));
  }

  @Test
  void CER_P5_aRefusedPostGetsTheJurysLetterWithItsRationale() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.REFUSED);

    assertThat(pi).isEnded();
    Letter post = only(pi, LetterKind.CER_POST);
    assertThat(post.decision()).isEqualTo("REFUSED");
    assertThat(text(post)).contains("Décision : poste hors contingent refusé.", "Soutenance convaincante, projet solide.");
    assertThat(lettersOf(pi)).as("the closing is no new decision").noneMatch(l -> l.kind() == LetterKind.CER_CLOSING);
  }

  @Test
  void CER_O1_F1_F3_noProjectFiledGetsAClosingLetterSayingTheAllowanceGoesOnAndNothingIsBilled() {
    CerCampaign campaign = campaigns.findById(year).orElseThrow();
    campaign.setProjectDeadline(LocalDate.of(year, 12, 15));
    campaigns.save(campaign);
    ProcessInstance pi = admitted(eligible());
    for (LocalDate day : List.of(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 1))) {
      CerFixtures.setToday(day);
      executeDueJobs(pi);
    }
    CerFixtures.setNow(LocalDate.of(year, 12, 16).atStartOfDay());
    executeDueJobs(pi);

    assertThat(pi).isEnded();
    Letter closing = only(pi, LetterKind.CER_CLOSING);
    assertThat(closing.decision()).isEqualTo("PROJECT_NOT_FILED");
    assertThat(closing.issuedOn()).isEqualTo(LocalDate.of(year, 12, 16));
    // CER_F1: the allowance goes on until the 3rd cycle; the months owed are counted when it stops (CER_F3)
    assertThat(text(closing)).contains("Le 16 décembre " + year, "Projet médico-scientifique non déposé dans le délai",
        "l’allocation continue de vous être versée jusqu’au début du 3e cycle", "Aucune somme ne vous est réclamée", "CER_O1",
        "CER_F1", "CER_F3").doesNotContain("Somme à rembourser");
  }

  @Test
  void CER_O2_F3_aBreachedResearchObligationGetsAClosingLetterWithTheMonthsAndNoBill() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(pi);
    decidePost(pi, PostDecision.GRANTED);
    confirmResearchPeriod(pi, 5);

    assertThat(lettersOf(pi)).extracting(Letter::kind).containsExactly(LetterKind.CER_ENTRY, LetterKind.CER_FUNDING,
        LetterKind.CER_POST, LetterKind.CER_CLOSING);
    assertThat(text(only(pi, LetterKind.CER_CLOSING))).contains("Obligation de recherche non respectée",
        "5 mois de recherche", "minimum de 6 mois", "signalé au jury national", "aucun remboursement", "Obligation de service public")
        .doesNotContain("Somme à rembourser");
  }

  @Test
  void CER_F3_aFundedWithdrawalGetsAClosingLetterWithThePublicServiceOwedAndNoBill() {
    ProcessInstance pi = admitted(eligible());
    for (LocalDate day : List.of(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 1))) {
      CerFixtures.setToday(day);
      executeDueJobs(pi);
    }
    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(pi).isEnded();
    Letter closing = only(pi, LetterKind.CER_CLOSING);
    assertThat(closing.decision()).isEqualTo("WITHDRAWN");
    assertThat(text(closing)).contains("Candidature retirée (désistement)", "Allocation brute versée 3 600,00 €",
        "Obligation de service public 3 mois", "Aucune somme ne vous est réclamée", "CER_F3")
        .doesNotContain("Somme à rembourser");
  }

  @Test
  void aReRunStepFindsItsLetterInsteadOfWritingASecondOne() {
    ProcessInstance pi = inSignatures(eligible());
    sign(pi, Signer.DEAN, false, "Pas de place.");
    Letter first = only(pi, LetterKind.CER_PROJECT_RETURNED);

    // an administrator re-runs the step that returned the project (same round)
    runtimeService().createProcessInstanceModification(pi.getId()).startBeforeActivity(Elements.RETURN_PROJECT).execute();

    assertThat(only(pi, LetterKind.CER_PROJECT_RETURNED)).isEqualTo(first);
  }
}
