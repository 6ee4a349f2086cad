package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CESP_8: after the national ranking, each beneficiary who applied as a student chooses a residency post, by rank, on the
 * CESP list. The list is data ({@code cesp_residency_post}: a round's posts per subdivision and specialty, with places).
 * A round is opened with the beneficiaries' national ranks; their choice tasks then open one at a time in rank order (the
 * better-ranked chooses first, among the posts still free) — simple, and no one can take a post a better-ranked one
 * wanted. A choice is refused if the post is full (a concurrent or administrative change) or not of the round.
 */
@Service
public class ResidencyPostChoice {

  public record PostSpec(String code, String subdivision, String specialty, int places) {
  }

  private final ResidencyPosts posts;
  private final PostChoices choices;
  private final CespApplications applications;
  private final RuntimeService runtime;
  private final Clock clock;

  ResidencyPostChoice(ResidencyPosts posts, PostChoices choices, CespApplications applications, @Lazy RuntimeService runtime,
      Clock clock) {
    this.posts = posts;
    this.choices = choices;
    this.applications = applications;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Adds (or keeps) posts of a round: an existing code keeps its taken places and must not shrink below them. */
  @Transactional
  public List<ResidencyPost> definePosts(int year, List<PostSpec> specs) {
    for (PostSpec spec : specs) {
      Optional<ResidencyPost> existing = posts.findById(spec.code());
      if (existing.isPresent()) {
        if (existing.get().getRoundYear() != year) {
          throw CaseInputException.conflict("Le poste « " + spec.code() + " » appartient à la procédure de choix "
              + existing.get().getRoundYear() + ".");
        }
        continue;
      }
      posts.save(new ResidencyPost(spec.code(), year, spec.subdivision(), spec.specialty(), spec.places()));
    }
    posts.flush();
    return posts.findByRoundYearOrderByCode(year);
  }

  public List<ResidencyPost> posts(int year) {
    return posts.findByRoundYearOrderByCode(year);
  }

  public List<ResidencyPost> freePosts(int year) {
    return posts.findByRoundYearOrderByCode(year).stream().filter(ResidencyPost::isFree).toList();
  }

  public List<PostChoice> round(int year) {
    return choices.findByRoundYearOrderByNationalRank(year);
  }

  public Optional<PostChoice> choiceOf(String businessKey) {
    return choices.findById(businessKey);
  }

  /**
   * Opens a round: each contract (business key) with its national rank. Only contracts in force of beneficiaries who
   * applied as students, each once; ranks unique. The best-ranked's task opens at once.
   */
  @Transactional
  public List<PostChoice> openRound(int year, Map<String, Integer> ranks) {
    if (posts.findByRoundYearOrderByCode(year).isEmpty()) {
      throw CaseInputException.badRequest("Aucun poste d'interne n'est inscrit pour la procédure de choix " + year
          + " : enregistrez d'abord la liste des postes (règle CESP_8).");
    }
    List<String> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (Map.Entry<String, Integer> e : new TreeMap<>(ranks).entrySet()) {
      Optional<CespApplication> application = applications.find(e.getKey());
      if (e.getValue() == null || e.getValue() < 1) {
        problems.add(e.getKey() + " : le rang national doit être un entier positif");
      } else if (!seen.add(e.getValue())) {
        problems.add(e.getKey() + " : le rang " + e.getValue() + " est donné deux fois");
      } else if (application.isEmpty()) {
        problems.add(e.getKey() + " : aucun contrat CESP sous ce numéro");
      } else if (application.get().getStudyLevel() != StudyLevel.STUDENT
          || application.get().getStage() != CespApplication.Stage.CONTRACT) {
        problems.add(e.getKey() + " : seul un contrat en cours d'un bénéficiaire entré étudiant choisit un poste d'interne");
      } else if (choices.existsById(e.getKey())) {
        problems.add(e.getKey() + " : déjà inscrit à une procédure de choix");
      }
    }
    if (!problems.isEmpty()) {
      throw CaseInputException.badRequest("La procédure de choix " + year + " ne peut pas être ouverte : "
          + String.join(" ; ", problems) + ".");
    }
    ranks.forEach((key, rank) -> choices.save(new PostChoice(key, year, rank)));
    choices.flush();
    openNext(year);
    return round(year);
  }

  /** Opens the choice task of the best-ranked beneficiary still waiting, unless one is open (one at a time). */
  void openNext(int year) {
    List<PostChoice> round = round(year);
    if (round.stream().anyMatch(c -> c.getStatus() == PostChoice.Status.OPEN)) {
      return;
    }
    for (PostChoice next : round) {
      if (next.getStatus() != PostChoice.Status.WAITING) {
        continue;
      }
      boolean waiting = runtime.createExecutionQuery().processDefinitionKey(CespContractProcess.KEY)
          .processInstanceBusinessKey(next.getBusinessKey()).messageEventSubscriptionName(MESSAGE_POST_CHOICE_OPENED).count() > 0;
      if (!waiting) {
        next.skip(); // the contract ended (rupture) since the round was opened: the next one chooses
        continue;
      }
      next.open(clock.instant());
      runtime.createMessageCorrelation(MESSAGE_POST_CHOICE_OPENED).processInstanceBusinessKey(next.getBusinessKey())
          .setVariable(NATIONAL_RANK.name(), next.getNationalRank())
          .setVariable(POST_CHOICE_YEAR.name(), year)
          .correlate();
      return;
    }
  }

  /** The beneficiary's choice, in their task: recorded on the contract, then the next-ranked's task opens. */
  public ResidencyPost choose(String businessKey, String code) {
    PostChoice choice = choices.findById(businessKey).filter(c -> c.getStatus() == PostChoice.Status.OPEN)
        .orElseThrow(() -> CaseInputException.conflict("Ce n'est pas votre tour de choisir un poste d'interne."));
    ResidencyPost post = posts.lock(code).filter(p -> p.getRoundYear() == choice.getRoundYear())
        .orElseThrow(() -> CaseInputException.badRequest("Le poste « " + code + " » n'est pas sur la liste des postes CESP de "
            + choice.getRoundYear() + " (règle CESP_8)."));
    if (!post.isFree()) {
      throw CaseInputException.conflict("Le poste « " + code + " » n'a plus de place libre : choisissez un autre poste de la liste.");
    }
    post.take();
    choice.choose(code, clock.instant());
    applications.recordResidencyPost(businessKey, code);
    posts.flush();
    openNext(choice.getRoundYear());
    return post;
  }
}
