package fr.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule id of the domain is named by at least one test method, so that {@code grep -r CER_E1 src/test} finds
 * its proof. The ids are copied from {@code ../shared/domain.md} (the shared directory beside the repository, not in
 * it): when a rule is added there, add its id here.
 */
class RuleCoverageTest {

  /** The rule ids of {@code ../shared/domain.md}, in its order. */
  static final List<String> RULES = List.of(
      "CER_E1", "CER_E2", "CER_E3", "CER_E4", "CER_E5",
      "CER_J1", "CER_J2", "CER_J3", "CER_J4",
      "CER_F1", "CER_F2", "CER_F3", "CER_F4",
      "CER_O1", "CER_O2",
      "CER_P1", "CER_P2", "CER_P3", "CER_P4", "CER_P5", "CER_P6", "CER_P7", "CER_P8", "CER_P9", "CER_P10", "CER_P11",
      "CER_J5", "CER_T1",
      "CESP_1", "CESP_2", "CESP_3", "CESP_4", "CESP_5", "CESP_6", "CESP_7", "CESP_8", "CESP_9", "CESP_10", "CESP_11",
      "CESP_12",
      "ADM_1");

  /**
   * Rules whose tests are being written in another branch (none now: CESP_7 and CESP_8 landed with the CESP allocation
   * work): the only gaps allowed; empty it again once that branch is merged.
   */
  static final Set<String> BEING_ADDED_ELSEWHERE = Set.of();

  /** A line that starts a JUnit test method's annotations. */
  private static final Pattern TEST_ANNOTATION = Pattern.compile("^\\s*@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b.*");
  /** A method declaration: modifiers, a return type, the name, its parameters' opening parenthesis. */
  private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:(?:public|protected|private|static|final)\\s+)*[\\w<>\\[\\],.?]+\\s+(\\w+)\\s*\\(.*");

  @Test
  void everyRuleIdIsNamedByATestMethod() throws IOException {
    Set<String> names = testMethodNames(Path.of("src", "test", "java"));
    assertThat(names).as("test methods found under src/test/java").hasSizeGreaterThan(100);

    Set<String> unnamed = new TreeSet<>();
    for (String rule : RULES) {
      if (names.stream().noneMatch(name -> names(name, rule))) {
        unnamed.add(rule);
      }
    }
    assertThat(unnamed).as("rule ids named by no test method (name a test after the rule it proves)")
        .isSubsetOf(BEING_ADDED_ELSEWHERE);
    assertThat(BEING_ADDED_ELSEWHERE).as("allowed gaps that are now named by a test: remove them from the set")
        .containsExactlyInAnyOrderElementsOf(unnamed);
  }

  @Test
  void aRuleIdIsMatchedAsAWholeToken() {
    assertThat(names("CER_P10_researchMonthsAreConfirmedOnceServed", "CER_P1")).isFalse();
    assertThat(names("CER_P10_researchMonthsAreConfirmedOnceServed", "CER_P10")).isTrue();
    assertThat(names("CER_O2_P2_aProjectWithFewerMonths", "CER_P2")).as("P2 after O2 is not the token CER_P2").isFalse();
    assertThat(names("CER_J2_F1_theLetter", "CER_J2")).isTrue();
    assertThat(names("xCESP_1_y", "CESP_1")).isFalse();
    assertThat(names("ADM_1_7_aWithdrawnDecision", "ADM_1")).isTrue();
    assertThat(RULES).doesNotHaveDuplicates().containsAll(BEING_ADDED_ELSEWHERE);
  }

  @Test
  void aTestMethodIsFoundAfterItsAnnotationsEvenWithACsvSourceBetween() {
    List<String> source = List.of(
        "  @ParameterizedTest(name = \"on {0}\")",
        "  @CsvSource({",
        "      \"OWN_INITIATIVE, 2031-01-15, 4, true, 120000\",",
        "  })",
        "  void CESP_10_aRuptureOwes(String reason) {",
        "    helper(reason);",
        "  }",
        "  private void helper(String reason) {",
        "  }",
        "  @Test",
        "  public void CER_E1_exerciseThesisIsIneligible() throws Exception {");
    assertThat(testMethodNames(source)).containsExactly("CESP_10_aRuptureOwes", "CER_E1_exerciseThesisIsIneligible");
  }

  /** Whether the method name holds the rule id as a token: not preceded by a letter or digit, not followed by a digit. */
  static boolean names(String methodName, String rule) {
    return Pattern.compile("(?<![A-Za-z0-9])" + rule + "(?![0-9])").matcher(methodName).find();
  }

  /** The names of the methods declared after a test annotation (other annotations, e.g. a CSV source, may come between). */
  static Set<String> testMethodNames(List<String> lines) {
    Set<String> names = new LinkedHashSet<>();
    boolean pending = false;
    for (String line : lines) {
      if (TEST_ANNOTATION.matcher(line).matches()) {
        pending = true;
        continue;
      }
      Matcher declaration = DECLARATION.matcher(line);
      if (pending && !line.strip().startsWith("@") && declaration.matches()) {
        names.add(declaration.group(1));
        pending = false;
      }
    }
    return names;
  }

  private static Set<String> testMethodNames(Path root) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        names.addAll(testMethodNames(Files.readAllLines(file)));
      }
    }
    return names;
  }
}
