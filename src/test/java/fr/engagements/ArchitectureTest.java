package fr.engagements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The house (README, "Architecture"): each floor imports only its own floor and those below, and the two
 * wings (CER, CESP) do not import each other. A package that does not exist yet (casefile/) passes.
 *
 * <p>Floors, bottom up: the ground ({@code process}, {@code config}, {@code allowance}, {@code casefile}) knows no
 * contract; the shared services ({@code identity}, {@code notification}, {@code letter}, {@code privacy},
 * {@code directory}) serve both contracts; the features ({@code cer}, {@code cesp}) are the contracts; {@code web} on top guards and serves HTTP.
 */
@AnalyzeClasses(packages = "fr.engagements", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * Arrows still pointing up, frozen so that no new one comes: each names its origin and its target class. The
   * lead's work (casefile/: one access rule, the current user below the features; the API filter's registration
   * next to its filter in web/) removes them: empty this list, never add to it.
   */
  static final List<Arrow> FROZEN_ARROWS = List.of();

  @ArchTest
  static final ArchRule noPackageImportsAPackageAboveIt = withFrozenArrows(layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("ground").definedBy("fr.engagements.process..", "fr.engagements.config..", "fr.engagements.allowance..",
          "fr.engagements.casefile..")
      .layer("shared services").definedBy("fr.engagements.identity..", "fr.engagements.notification..",
          "fr.engagements.letter..", "fr.engagements.privacy..", "fr.engagements.directory..", "fr.engagements.appeal..")
      .layer("features").definedBy("fr.engagements.cer..", "fr.engagements.cesp..")
      .layer("web").definedBy("fr.engagements.web..")
      .whereLayer("web").mayNotBeAccessedByAnyLayer()
      .whereLayer("features").mayOnlyBeAccessedByLayers("web")
      .whereLayer("shared services").mayOnlyBeAccessedByLayers("features", "web")
      .whereLayer("ground").mayOnlyBeAccessedByLayers("shared services", "features", "web"));

  @ArchTest
  static final ArchRule theCerDoesNotImportTheCesp = noClasses().that().resideInAPackage("fr.engagements.cer..")
      .should().dependOnClassesThat().resideInAPackage("fr.engagements.cesp..");

  @ArchTest
  static final ArchRule theCespDoesNotImportTheCer = noClasses().that().resideInAPackage("fr.engagements.cesp..")
      .should().dependOnClassesThat().resideInAPackage("fr.engagements.cer..");

  /**
   * Issue 18: who may read a case is decided in one place ({@code casefile.CaseAccess}); features contribute who takes
   * part in their cases ({@code CaseParticipants}) but write no access rule of their own.
   */
  @ArchTest
  static final ArchRule onlyTheCaseFileDecidesAccess = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
      .that().areDeclaredInClassesThat().resideOutsideOfPackage("fr.engagements.casefile..")
      .should().haveNameMatching("may(Read|Act|Access|See)\\w*")
      .because("the access rule has one home: casefile.CaseAccess");

  /** A frozen arrow that is gone must leave the list, so that it cannot come back unseen. */
  @ArchTest
  static void everyFrozenArrowStillExists(JavaClasses classes) {
    for (Arrow arrow : FROZEN_ARROWS) {
      boolean exists = classes.stream().filter(arrow.from()).flatMap(c -> c.getDirectDependenciesFromSelf().stream())
          .anyMatch(dependency -> arrow.to().test(dependency.getTargetClass()));
      assertThat(exists).as("%s → %s is gone: remove it from FROZEN_ARROWS", arrow.origin(), arrow.target()).isTrue();
    }
  }

  /** A dependency of one class (and its nested classes) on another. */
  record Arrow(String origin, String target) {

    DescribedPredicate<JavaClass> from() {
      return DescribedPredicate.describe(origin, c -> c.getName().equals(origin) || c.getName().startsWith(origin + "$"));
    }

    DescribedPredicate<JavaClass> to() {
      return DescribedPredicate.describe(target, c -> c.getName().equals(target));
    }
  }

  private static LayeredArchitecture withFrozenArrows(LayeredArchitecture rule) {
    LayeredArchitecture frozen = rule;
    for (Arrow arrow : FROZEN_ARROWS) {
      frozen = frozen.ignoreDependency(arrow.from(), arrow.to());
    }
    return frozen;
  }
}
