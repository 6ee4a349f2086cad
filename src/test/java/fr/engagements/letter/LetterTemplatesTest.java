package fr.engagements.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import fr.engagements.support.LetterPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every letter template renders, without the engine, to a real PDF whose only font is the embedded DejaVu
 * Sans. With {@code -Dletters.write=true} the samples of the README are written to {@code docs/letters/}
 * (PDF, and page 1 as PNG):
 * {@code ./mvnw -q test -DskipPostgresTests=true -Dtest=LetterTemplatesTest -Dletters.write=true}.
 */
class LetterTemplatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  /** Postal addresses as people type them: several lines, their name again, a blank line, spaces around. */
  static final String CER_ADDRESS = "Camille Dupont\n  12 rue des Écoles \n\nBâtiment B\n75005 Paris";
  static final String CESP_ADDRESS = "3 place Gambetta\n80000 Amiens";

  /** Sample facts of each kind, as the process steps give them. */
  static LetterRequest sample(LetterKind kind) {
    String cer = "cer-candidacy";
    String cesp = "cesp-contract";
    return switch (kind) {
      case CER_INELIGIBILITY -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 1, "EXERCISE_THESIS", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .decidedBy("cer-eligibility", 3).with("campaignYear", 2026)
          .with("reasonLabel", "une thèse d'exercice ne donne pas accès au CER").with("rule", "CER_E1")
          .with("explanation", "Seul un doctorat de recherche (PhD) ouvre l’accès au CER.");
      case CER_ENTRY -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 1, "ADMITTED", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .with("campaignYear", 2026)
          .with("rationale", "Parcours de recherche solide (doctorat en neurosciences, deux articles) et projet clinique motivé.");
      case CER_FUNDING -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 1, "FUNDED", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .decidedBy("cer-funding v2").with("campaignYear", 2026).with("monthlyGrossCents", 120_000L)
          .with("monthlyNetCents", 110_688L).with("fundedQuota", 10).with("fundedCount", 4);
      case CER_PROJECT_RETURNED -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 2, "PROJECT_REFUSED", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .with("refusal", "Projet refusé par le doyen de la faculté d'accueil (doyen) : aucun poste supplémentaire cette année.");
      case CER_POST -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 1, "GRANTED", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .with("specialty", "Neurologie").with("subdivision", "Lyon").with("researchMonths", 18)
          .with("defenseDate", LocalDate.of(2029, 5, 15)).with("rationale", "Soutenance convaincante, projet solide.");
      case CER_CLOSING -> LetterRequest.of("CER-2026-000042", cer, "pi", kind, 1, "RESEARCH_OBLIGATION_BREACHED", "camille.d42",
              "Camille Dupont").address(CER_ADDRESS)
          .with("outcomeLabel", "Obligation de recherche non respectée").with("researchMonthsCompleted", 5)
          .with("minResearchMonths", 6).with("allowancePaidCents", 240_000L).with("serviceObligationMonths", 2);
      case CER_PUBLIC_SERVICE -> LetterRequest.of("CER-2026-000042", "cer-public-service", "pi", kind, 1, "BREACHED", "camille.d42",
              "Camille Dupont").address(CER_ADDRESS).decidedBy("cer-public-service-reimbursement", 1)
          .with("owedMonths", 35).with("servedMonths", 12).with("serviceDeadline", LocalDate.of(2041, 8, 31))
          .with("breachReason", "l'échéance est passée sans que les mois de service public dus soient validés")
          .with("reimbursementCents", 3_874_080L).with("basis", "NET")
          .with("basisExplanation", "allocation nette versée, base par défaut (CER_F3)").with("netPaidCents", 3_874_080L)
          .with("grossPaidCents", 4_200_000L);
      case JURY_MINUTES -> LetterRequest.of("JURY-12", "cer-jury-session", "pi", kind, 1, "SIGNED", "jury3", "Marc Leroy")
          .with("sender", "Jury national du Contrat d’Engagement Recherche").with("sessionLabel", "Session d'entrée 2026")
          .with("sessionDate", "15/11/2026").with("campaignYear", 2026).with("sessionKind", "décisions d’entrée")
          .with("president", "Marc Leroy").with("secretary", "Sophie Bernard").with("tieRule", "voix prépondérante du président")
          .with("members", List.of(java.util.Map.of("name", "Paul Durand", "seat", "scientifique d'un EPST (Inserm)", "presence", "présent")))
          .with("items", List.of(java.util.Map.of("applicantName", "Camille Dupont", "businessKey", "CER-2026-000042",
              "subject", "entrée dans le CER", "outcome", "admise", "tally", "(5 voix pour, 0 contre)",
              "motivation", "Parcours de recherche solide.", "votes", List.of(java.util.Map.of("name", "Paul Durand", "vote", "admettre",
                  "rationale", "Projet motivé.")))));
      case CESP_OFFER -> LetterRequest.of("CESP-2026-AMIENS-000007", cesp, "pi", kind, 1, "OFFERED", "ines.l07", "Inès Lefebvre").address(CESP_ADDRESS)
          .with("sender", "Contrat d’Engagement de Service Public — UFR de médecine d’Amiens")
          .with("signatory", "La commission de sélection CESP — UFR de médecine d’Amiens")
          .with("ufrName", "UFR de médecine d’Amiens").with("campaignYear", 2026).with("listLabel", "principale").with("rank", 3)
          .with("quota", 8).with("offerDeadline", LocalDate.of(2026, 10, 31)).with("monthlyGrossCents", 120_000L)
          .with("monthlyNetCents", 110_688L);
      case CESP_RUPTURE -> LetterRequest.of("CESP-2026-AMIENS-000007", cesp, "pi", kind, 1, "OWN_INITIATIVE", "ines.l07",
              "Inès Lefebvre").address(CESP_ADDRESS)
          .decidedBy("cesp-rupture-penalty", 1).with("sender", "Contrat d’Engagement de Service Public — UFR de médecine d’Amiens")
          .with("reasonLabel", "rupture à votre initiative").with("ruptureDate", LocalDate.of(2027, 1, 15))
          .with("diplomaDate", LocalDate.of(2027, 6, 30)).with("netReceivedCents", 442_752L).with("remainingMonths", 6)
          .with("reimbursementCents", 442_752L).with("penaltyCents", 120_000L).with("reimbursementDueCents", 562_752L)
          .with("rule", "CESP_10").with("explanation", "Remboursement des sommes nettes perçues, plus 200 € par mois commencé restant.");
      case APPEAL_RECEIVED, APPEAL_ANSWER -> LetterRequest.of("CER-2026-000042", "case-appeal", "pi", kind, 1,
              kind == LetterKind.APPEAL_RECEIVED ? "RECEIVED" : "WITHDRAWN", "camille.d42", "Camille Dupont").address(CER_ADDRESS)
          .with("sender", "Secrétariat national du Contrat d’Engagement Recherche").with("appealNumber", 1)
          .with("contestedDecision", "Décision du jury sur l'entrée au CER").with("contestedReference", "CER-2026-000042/entree")
          .with("notifiedOn", LocalDate.of(2026, 9, 1)).with("filedOn", LocalDate.of(2026, 9, 20))
          .with("appealDeadline", LocalDate.of(2026, 11, 1)).with("implicitRejectionOn", LocalDate.of(2026, 11, 20))
          .with("answeringBody", "le jury national du CER")
          .with("decidingSession", "session « Séance d'entrée » du 15 juillet 2026")
          .with("answeringSession", "session « Séance d'entrée » du 15 octobre 2026")
          .with("withdrawn", true).with("rationale", "Le parcours de recherche a été mal apprécié : le doctorat est bien de recherche.")
          .with("reopenedAt", "comme candidature admise, à la décision de financement");
    };
  }

  private final LetterRenderer renderer = new LetterRenderer();

  private byte[] render(LetterKind kind) {
    LetterRequest request = sample(kind);
    return renderer.pdf(kind.template(), DecisionLetters.model(request, TODAY));
  }

  @ParameterizedTest
  @EnumSource(value = LetterKind.class, mode = EnumSource.Mode.EXCLUDE, names = "JURY_MINUTES")
  void everyTemplateRendersAFrenchPdfWithOnlyTheEmbeddedFont(LetterKind kind) throws IOException {
    byte[] pdf = render(kind);

    assertThat(LetterPdf.pages(pdf)).isBetween(1, 2);
    String text = LetterPdf.text(pdf);
    assertThat(text).contains("Le 1er octobre 2026", kind.label(), "Madame, Monsieur,", "Voies et délais de recours");
    assertThat(text).as("no unfilled expression").doesNotContain("${", "null");
    if (sample(kind).ruleTable != null) {
      assertThat(text).contains("« " + sample(kind).ruleTable + " », version " + sample(kind).ruleVersion, "L311-3-1");
    } else {
      assertThat(text).doesNotContain("traitement algorithmique");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).as("font of " + kind).contains("DejaVuSans");
          assertThat(font.isEmbedded()).isTrue();
        }
      }
    }
  }

  /** Each letter goes to a name and a postal address, never to a login, and says whom to write to, and how (ADM_1). */
  @ParameterizedTest
  @EnumSource(value = LetterKind.class, mode = EnumSource.Mode.EXCLUDE, names = "JURY_MINUTES")
  void ADM_1_everyLetterIsAddressedByNameAndAddressAndNamesTheServiceToAppealTo(LetterKind kind) {
    String text = LetterPdf.text(render(kind));
    boolean cer = kind.name().startsWith("CER_") || kind.name().startsWith("APPEAL_");
    assertThat(text).contains(cer ? "Camille Dupont" : "Inès Lefebvre");
    assertThat(text).contains(cer ? List.of("12 rue des Écoles", "Bâtiment B", "75005 Paris") : List.of("3 place Gambetta", "80000 Amiens"));
    assertThat(text).doesNotContain("Identifiant", "camille.d42", "ines.l07");
    String appeal = text.substring(text.indexOf("Voies et délais de recours")).replaceAll("\\s+", " ");
    if (kind == LetterKind.APPEAL_RECEIVED || kind == LetterKind.APPEAL_ANSWER) {
      // about an appeal already filed: the remedy left is the court, within two months
      assertThat(appeal).contains("deux mois", "tribunal administratif");
      return;
    }
    assertThat(appeal).contains("deux mois", "recours gracieux auprès d", "tribunal administratif",
        sample(kind).businessKey + "/" + kind.slug() + "/" + sample(kind).round);
    assertThat(appeal).contains(switch (kind) {
      case CER_INELIGIBILITY, CER_FUNDING, CER_CLOSING, CER_PUBLIC_SERVICE -> "auprès du Secrétariat national du Contrat d’Engagement Recherche, par lettre";
      case CER_ENTRY, CER_POST -> "auprès du jury national du Contrat d’Engagement Recherche, par lettre ou par courriel adressé au"
          + " Secrétariat national du Contrat d’Engagement Recherche, qui le transmet au jury";
      case CER_PROJECT_RETURNED -> "auprès du signataire qui a refusé le projet";
      case CESP_OFFER -> "auprès de l’UFR de votre faculté (UFR de médecine d’Amiens), par lettre adressée au service de la scolarité";
      case CESP_RUPTURE -> "auprès du Centre national de gestion (CNG), payeur de votre allocation, par lettre adressée au CNG";
      case JURY_MINUTES, APPEAL_RECEIVED, APPEAL_ANSWER -> throw new IllegalArgumentException("not a decision to appeal");
    });
  }

  /** ADM_1_2: the acknowledgement gives the dates of the two-month rule and says that silence for two months is a rejection. */
  @Test
  void ADM_1_2_theAcknowledgementGivesTheDatesOfTheTwoMonthRuleAndTheImplicitRejection() {
    String text = LetterPdf.text(render(LetterKind.APPEAL_RECEIVED)).replaceAll("\\s+", " ");
    assertThat(text).contains("Accusé de réception de votre recours gracieux", "Décision notifiée le 1er septembre 2026",
        "jusqu’au 1er novembre 2026", "Recours reçu le 20 septembre 2026", "rejet implicite le 20 novembre 2026", "Autorité chargée de répondre : le jury national",
        "le silence gardé pendant deux mois vaut décision de rejet", "L231-4", "session « Séance d'entrée » du 15 juillet 2026")
        .doesNotContain("${", "null");
  }

  @Test
  void ADM_1_3_theAnswerSaysWithdrawnOrUpheldWithItsRationale() {
    String text = LetterPdf.text(render(LetterKind.APPEAL_ANSWER)).replaceAll("\\s+", " ");
    assertThat(text).contains("Réponse à votre recours gracieux", "la décision contestée est retirée",
        "le doctorat est bien de recherche", "il reprend comme candidature admise, à la décision de financement")
        .doesNotContain("est maintenue", "${", "null");
  }

  /** CER_J5: the session's minutes list the members, each candidacy's decision, tally, motivation and every vote, signed. */
  @Test
  void CER_J5_theMinutesOfASessionListMembersDecisionsAndVotesSignedByThePresident() {
    String text = LetterPdf.text(render(LetterKind.JURY_MINUTES)).replaceAll("\\s+", " ");
    assertThat(text).contains("Procès-verbal — Session d'entrée 2026", "Séance du 15/11/2026", "Président : Marc Leroy",
        "Paul Durand", "présent", "Camille Dupont — CER-2026-000042", "admise", "(5 voix pour, 0 contre)", "Parcours de recherche solide.",
        "Projet motivé.", "Signé dans le système par Marc Leroy, président de séance").doesNotContain("${", "null");
  }

  @Test
  void theAddressIsPrintedLineByLineWithoutBlankLinesNorTheNameAgain() {
    assertThat(DecisionLetters.addressLines(CER_ADDRESS, "Camille Dupont")).containsExactly("12 rue des Écoles", "Bâtiment B", "75005 Paris");
    assertThat(DecisionLetters.addressLines(null, "Camille Dupont")).isEmpty();
  }

  @Test
  void aLetterWithoutAddressShowsTheNameOnly() {
    LetterRequest request = LetterRequest.of("CER-2026-000043", "cer-candidacy", "pi", LetterKind.CER_ENTRY, 1, "ADMITTED",
        "camille.d42", "Camille Dupont").with("campaignYear", 2026).with("rationale", "Motivation.");
    String html = renderer.html(LetterKind.CER_ENTRY.template(), DecisionLetters.model(request, TODAY));
    assertThat(html).contains("<div class=\"name\">Camille Dupont</div>").doesNotContain("camille.d42", "Identifiant");
  }

  @Test
  void frenchTypographyIsKept() {
    String raw = LetterPdf.rawText(render(LetterKind.CESP_RUPTURE));
    assertThat(raw).contains("5\u202f627,52\u00a0€", "«\u00a0cesp-rupture-penalty\u00a0»", "d’Engagement", "15 janvier 2027");
  }

  /** Writes the README's samples when asked; otherwise checks they render (nothing is written). */
  @Test
  void samplesForTheReadme() throws IOException {
    Map<LetterKind, String> samples = new EnumMap<>(LetterKind.class);
    samples.put(LetterKind.CER_ENTRY, "cer-entree");
    samples.put(LetterKind.CESP_RUPTURE, "cesp-rupture");
    for (var sample : samples.entrySet()) {
      byte[] pdf = render(sample.getKey());
      BufferedImage page;
      try (PDDocument document = Loader.loadPDF(pdf)) {
        page = new PDFRenderer(document).renderImageWithDPI(0, 80);
      }
      assertThat(page.getWidth()).isGreaterThan(600);
      if (Boolean.getBoolean("letters.write")) {
        Path dir = Path.of("docs", "letters");
        Files.createDirectories(dir);
        Files.write(dir.resolve(sample.getValue() + ".pdf"), pdf);
        ImageIO.write(page, "png", dir.resolve(sample.getValue() + ".png").toFile());
      }
    }
  }
}
